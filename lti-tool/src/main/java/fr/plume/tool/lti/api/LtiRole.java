package fr.plume.tool.lti.api;

/**
 * The LIS roles Plume acts on (LTI Core §A.2); context and institution roles of the same name
 * are folded together because the tool only cares what the person may do here.
 */
public enum LtiRole {
    LEARNER,
    INSTRUCTOR,
    TEACHING_ASSISTANT,
    CONTENT_DEVELOPER,
    MENTOR,
    ADMINISTRATOR
}
