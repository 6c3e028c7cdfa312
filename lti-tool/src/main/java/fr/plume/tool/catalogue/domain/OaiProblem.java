package fr.plume.tool.catalogue.domain;

/**
 * An OAI-PMH error condition (OAI-PMH 2.0 §3.6): the reply carries {@code <error code>} instead of
 * the verb's element, with HTTP status 200.
 */
public final class OaiProblem extends RuntimeException {

    public static final String BAD_ARGUMENT = "badArgument";
    public static final String BAD_RESUMPTION_TOKEN = "badResumptionToken";
    public static final String BAD_VERB = "badVerb";
    public static final String CANNOT_DISSEMINATE_FORMAT = "cannotDisseminateFormat";
    public static final String ID_DOES_NOT_EXIST = "idDoesNotExist";
    public static final String NO_RECORDS_MATCH = "noRecordsMatch";
    public static final String NO_METADATA_FORMATS = "noMetadataFormats";
    public static final String NO_SET_HIERARCHY = "noSetHierarchy";

    private final String code;

    public OaiProblem(String code, String message) {
        super(message);
        this.code = code;
    }

    public String code() {
        return code;
    }

    /** After badVerb and badArgument the request element carries no attribute (§3.6). */
    public boolean echoesArguments() {
        return !BAD_VERB.equals(code) && !BAD_ARGUMENT.equals(code);
    }
}
