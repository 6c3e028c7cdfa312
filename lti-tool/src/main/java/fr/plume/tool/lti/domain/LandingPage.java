package fr.plume.tool.lti.domain;

import fr.plume.tool.lti.api.LaunchContext;
import fr.plume.tool.lti.api.LtiRole;

/**
 * Where a resource-link launch lands. Teaching roles in a course win over authoring, which wins
 * over learning: a teacher who is also enrolled as a student comes to manage the class. An
 * administrator of the platform or institution with no role of their own in the course lands on
 * a page that says so, never on the class pages (their roles come from outside the course).
 */
public final class LandingPage {

    /** The page of a launch that carries no role in the course context. */
    public static final String NO_ROLE = "/lti/no-role";

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
        if (launch.has(LtiRole.ADMINISTRATOR) && !launch.has(LtiRole.LEARNER)) {
            return NO_ROLE;
        }
        return "/app";
    }
}
