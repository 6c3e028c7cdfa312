package fr.plume.framework.format.csv;

import java.util.List;

/**
 * The 14 columns of Moodle's competency framework CSV (admin tool "lpimportcsv"), in the order Moodle reads
 * them by default. Moodle maps columns by position, and its own export writes the header in the site's
 * language, so the reader checks the column count, not the header labels.
 */
final class MoodleCsvColumns {

    static final int PARENT_IDNUMBER = 0;
    static final int IDNUMBER = 1;
    static final int SHORTNAME = 2;
    static final int DESCRIPTION = 3;
    static final int DESCRIPTION_FORMAT = 4;
    static final int SCALE_VALUES = 5;
    static final int SCALE_CONFIGURATION = 6;
    static final int RULE_TYPE = 7;
    static final int RULE_OUTCOME = 8;
    static final int RULE_CONFIG = 9;
    static final int RELATED_IDNUMBERS = 10;
    static final int EXPORT_ID = 11;
    static final int IS_FRAMEWORK = 12;
    static final int TAXONOMY = 13;
    static final int COUNT = 14;

    /** Moodle's English labels, as its own export writes them on an English site. */
    static final List<String> HEADER = List.of(
            "Parent ID number", "ID number", "Short name", "Description", "Description format",
            "Scale values", "Scale configuration", "Rule type (optional)", "Rule outcome (optional)",
            "Rule config (optional)", "Cross-referenced competency ID numbers", "Exported ID (optional)",
            "Is framework", "Taxonomy");

    /** Short technical names used in problem locations. */
    static final List<String> KEYS = List.of(
            "parentidnumber", "idnumber", "shortname", "description", "descriptionformat", "scalevalues",
            "scaleconfiguration", "ruletype", "ruleoutcome", "ruleconfig", "relatedidnumbers", "exportid",
            "isframework", "taxonomy");


    static final String FORMAT_HTML = "1";

    private MoodleCsvColumns() {
    }

    static String location(long line, int column) {
        return "ligne " + line + ", colonne " + (char) ('A' + column) + " (" + KEYS.get(column) + ")";
    }
}
