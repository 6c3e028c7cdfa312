package fr.plume.sync.format;

/** The repository answered with an OAI-PMH error (§3.6) other than noRecordsMatch. */
public class OaiPmhException extends FormatException {

    private final String code;

    public OaiPmhException(String code, String message) {
        super("Erreur OAI-PMH " + code + " : " + message);
        this.code = code;
    }

    public String code() {
        return code;
    }
}
