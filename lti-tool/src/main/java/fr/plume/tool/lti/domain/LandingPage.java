package fr.plume.tool.lti.domain;

import fr.plume.tool.lti.api.LaunchContext;
import fr.plume.tool.lti.api.LtiRole;

/**
 * Where a resource-link launch lands. Teaching roles in a course win over authoring, which wins
 * over learning: a teacher who is also enrolled as a student comes to manage the class.
 */
public final class LandingPage {

    private LandingPage() {
    }

    public static String pathFor(LaunchContext launch) {
        if (launch.teaches() && launch.contextId() != null) {
            return "/class/" + launch.contextId();
        }
        if (launch.has(LtiRole.CONTENT_DEVELOPER)) {
            return "/author";
        }
        if (launch.teaches()) {
            return "/class";
        }
        return "/app";
    }
}
