package fr.plume.framework.validation;

/** Reason codes of every {@link Problem} this module reports. Once published, a code never changes meaning. */
public final class ProblemCodes {

    // Model rules (any format).
    public static final String DUPLICATE_CODE = "FW-DUPLICATE-CODE";
    public static final String DUPLICATE_IDNUMBER = "FW-DUPLICATE-IDNUMBER";
    public static final String MISSING_LEVEL = "FW-MISSING-LEVEL";
    public static final String DUPLICATE_LEVEL = "FW-DUPLICATE-LEVEL";
    public static final String LEVEL_OUT_OF_RANGE = "FW-LEVEL-OUT-OF-RANGE";
    public static final String MISSING_FRENCH_TEXT = "FW-MISSING-FRENCH-TEXT";
    public static final String MISSING_CODE = "FW-MISSING-CODE";
    public static final String INVALID_CODE = "FW-INVALID-CODE";
    public static final String CODE_OUTSIDE_DOMAIN = "FW-CODE-OUTSIDE-DOMAIN";
    public static final String INVALID_VERSION = "FW-INVALID-VERSION";
    public static final String MISSING_LICENCE = "FW-MISSING-LICENCE";
    public static final String EMPTY_FRAMEWORK = "FW-EMPTY-FRAMEWORK";
    public static final String EMPTY_DOMAIN = "FW-EMPTY-DOMAIN";

    // Structure as found in a file.
    public static final String INVALID_UUID = "FW-INVALID-UUID";
    public static final String MISSING_IDNUMBER = "FW-MISSING-IDNUMBER";
    public static final String CYCLE = "FW-CYCLE";
    public static final String ORPHAN = "FW-ORPHAN";
    public static final String MULTIPLE_PARENTS = "FW-MULTIPLE-PARENTS";
    public static final String TOO_DEEP = "FW-TOO-DEEP";
    public static final String INVALID_LEVEL = "FW-INVALID-LEVEL";

    // Reading files.
    public static final String TOO_LARGE = "IMPORT-TOO-LARGE";
    public static final String EMPTY_FILE = "IMPORT-EMPTY-FILE";
    public static final String UNREADABLE = "IMPORT-UNREADABLE";
    public static final String MALFORMED_JSON = "CASE-MALFORMED-JSON";
    public static final String CASE_TOO_DEEP = "CASE-TOO-DEEP";
    public static final String CASE_MISSING_FIELD = "CASE-MISSING-FIELD";
    public static final String CASE_UNKNOWN_NODE = "CASE-UNKNOWN-NODE";
    public static final String CSV_ENCODING = "CSV-ENCODING";
    public static final String CSV_MALFORMED = "CSV-MALFORMED";
    public static final String CSV_COLUMNS = "CSV-COLUMNS";
    public static final String CSV_FRAMEWORK_ROW = "CSV-FRAMEWORK-ROW";
    public static final String CSV_TOO_LONG = "CSV-TOO-LONG";
    public static final String CSV_PLUME_METADATA = "CSV-PLUME-METADATA";
    public static final String CSV_UNKNOWN_RELATED = "CSV-UNKNOWN-RELATED";
    public static final String CSV_TOO_MANY_ROWS = "CSV-TOO-MANY-ROWS";
    public static final String XLSX_UNREADABLE = "XLSX-UNREADABLE";
    public static final String XLSX_ZIP_BOMB = "XLSX-ZIP-BOMB";
    public static final String XLSX_DOCTYPE = "XLSX-DOCTYPE";
    public static final String XLSX_MISSING_SHEET = "XLSX-MISSING-SHEET";
    public static final String XLSX_MISSING_VALUE = "XLSX-MISSING-VALUE";

    private ProblemCodes() {
    }
}
