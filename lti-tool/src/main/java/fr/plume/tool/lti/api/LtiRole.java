package fr.plume.tool.lti.api;

/**
 * The roles Plume recognises in a launch (LTI Core §5.3.7.1). All but ADMINISTRATOR are context
 * (course membership) roles. ADMINISTRATOR stands for the context, institution or system
 * Administrator roles (Moodle sends the last two to its site administrators): it is recorded and
 * shown, but gives no role in the course, so it opens neither the class pages nor authoring.
 */
public enum LtiRole {
    LEARNER,
    INSTRUCTOR,
    TEACHING_ASSISTANT,
    CONTENT_DEVELOPER,
    MENTOR,
    ADMINISTRATOR
}
