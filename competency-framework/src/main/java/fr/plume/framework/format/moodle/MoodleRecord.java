package fr.plume.framework.format.moodle;

/**
 * A framework, domain or competency as Moodle stores it: a tool_lpimportcsv row or a core_competency record.
 *
 * @param parentIdnumber idnumber of the parent competency, empty for the framework and for domains
 */
public record MoodleRecord(String parentIdnumber, String idnumber, String shortname, String description) {
}
