package fr.plume.tool.lti.api;

/** Who launched and from which course and link, as the landing pages show it. */
public interface LaunchDescriptions {

    /** Each part is null when the platform withheld it. */
    record LaunchDescription(String displayName, String contextTitle, String resourceLinkTitle) {
    }

    LaunchDescription describe(LaunchContext launch);
}
