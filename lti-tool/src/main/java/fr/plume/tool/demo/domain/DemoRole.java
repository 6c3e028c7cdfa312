package fr.plume.tool.demo.domain;

import java.util.List;

/**
 * What a demo user is in the demo course, and how the platform says it. Launch roles are full
 * LIS v2 URIs as Moodle sends them in LTI 1.3 (Moodle's lti_sign_jwt expands short names);
 * roster roles are the short names Moodle's memberships service returns.
 */
public enum DemoRole {
    STUDENT(List.of(Lis.MEMBERSHIP + "Learner"), List.of("Learner"), true),
    TEACHER(List.of(Lis.MEMBERSHIP + "Instructor"), List.of("Instructor"), false),
    // Moodle itself has no ContentDeveloper mapping; the demo plays a site with a custom role
    // mapping so the authoring journey can be tried. In the roster they are editing teachers.
    AUTHOR(List.of(Lis.MEMBERSHIP + "ContentDeveloper"), List.of("Instructor"), false),
    // A certification officer is an institution-level staff member, not enrolled in the course,
    // like a Moodle manager: institution and system Administrator roles, no context role.
    OFFICER(List.of(Lis.INSTITUTION + "Administrator", Lis.SYSTEM + "Administrator"), List.of(), false);

    private final List<String> launchRoles;
    private final List<String> rosterRoles;
    private final boolean gradable;

    DemoRole(List<String> launchRoles, List<String> rosterRoles, boolean gradable) {
        this.launchRoles = launchRoles;
        this.rosterRoles = rosterRoles;
        this.gradable = gradable;
    }

    public List<String> launchRoles() {
        return launchRoles;
    }

    /** Short role names for NRPS; empty when the person is not enrolled in the course. */
    public List<String> rosterRoles() {
        return rosterRoles;
    }

    public boolean enrolled() {
        return !rosterRoles.isEmpty();
    }

    /** Moodle grades only users holding a gradebook role ("student" by default). */
    public boolean gradable() {
        return gradable;
    }

    private static final class Lis {
        static final String MEMBERSHIP = "http://purl.imsglobal.org/vocab/lis/v2/membership#";
        static final String INSTITUTION = "http://purl.imsglobal.org/vocab/lis/v2/institution/person#";
        static final String SYSTEM = "http://purl.imsglobal.org/vocab/lis/v2/system/person#";
    }
}
