package fr.plume.tool.shared.web;

import java.util.List;

/**
 * Origins allowed to frame the tool and to receive its forms (CSP {@code frame-ancestors} and
 * {@code form-action}, DESIGN §10). The LTI module supplies the registered platforms' origins;
 * with no provider only the tool itself may frame it or receive its forms.
 */
public interface FrameAncestors {

    List<String> origins();
}
