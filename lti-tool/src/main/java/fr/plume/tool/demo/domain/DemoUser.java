package fr.plume.tool.demo.domain;

/**
 * A person of the demo platform. {@code id} is the platform's user id, sent as {@code sub}
 * (Moodle sends its numeric user id). {@code active} false models a suspended enrolment, which
 * Moodle leaves out of rosters and gradebook. {@code extraTimePercent} is an exam accommodation.
 */
public record DemoUser(String id, String givenName, String familyName, String email, String username,
        DemoRole role, boolean active, int extraTimePercent) {

    public String fullName() {
        return givenName + " " + familyName;
    }

    public boolean canLaunch() {
        return active;
    }

    public boolean gradable() {
        return active && role.gradable();
    }
}
