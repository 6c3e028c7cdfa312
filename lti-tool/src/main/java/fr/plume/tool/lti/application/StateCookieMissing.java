package fr.plume.tool.lti.application;

import fr.plume.tool.lti.domain.LaunchRejected;
import java.net.URI;

/**
 * The browser came back without the state cookie (third-party cookies blocked in the iframe).
 * The launch is refused all the same; the page offers to start it again in a new tab, where
 * the tool is first-party.
 */
public class StateCookieMissing extends LaunchRejected {

    private final transient URI relaunch;

    public StateCookieMissing(URI relaunch) {
        super("LTI-STATE-COOKIE-MISSING", 400);
        this.relaunch = relaunch;
    }

    public URI relaunch() {
        return relaunch;
    }
}
