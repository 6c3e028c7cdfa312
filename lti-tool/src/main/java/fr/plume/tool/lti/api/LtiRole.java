package fr.plume.tool.lti.api;

/**
 * The roles Plume acts on. They come from the context (course membership) roles of a launch
 * (LTI Core §5.3.7.1); ADMINISTRATOR is also granted by the system and institution
 * Administrator roles Moodle sends to site administrators.
 */
public enum LtiRole {
    LEARNER,
    INSTRUCTOR,
    TEACHING_ASSISTANT,
    CONTENT_DEVELOPER,
    MENTOR,
    ADMINISTRATOR
}
