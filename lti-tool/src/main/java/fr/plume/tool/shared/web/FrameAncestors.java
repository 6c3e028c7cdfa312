package fr.plume.tool.shared.web;

import java.util.List;

/**
 * Origins allowed to frame the tool (CSP {@code frame-ancestors}, DESIGN §10). The LTI module
 * supplies the registered platforms' origins; with no provider only the tool itself may frame.
 */
public interface FrameAncestors {

    List<String> origins();
}
