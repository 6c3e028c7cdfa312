package fr.plume.tool.lti.api;

import java.util.Optional;

/** The launch that opened the current browser session (request scoped, backed by the HTTP session). */
public interface CurrentLaunch {

    Optional<LaunchContext> get();

    /** The current launch, or a 401 problem page {@code LTI-SESSION-MISSING} telling the user to relaunch. */
    LaunchContext require();
}
