package fr.plume.tool.shared.domain;

/**
 * A refusal we explain to people and APIs alike: a short reason code they can quote to
 * support (e.g. {@code LTI-NONCE-REUSED}), an HTTP status, and message keys for the title
 * and the advice shown on the page ({@code problem.<code>.title} / {@code .advice}).
 */
public class PlumeProblemException extends RuntimeException {

    private final String code;
    private final int status;
    private final transient Object[] arguments;

    public PlumeProblemException(String code, int status, Object... arguments) {
        super(code);
        this.code = code;
        this.status = status;
        this.arguments = arguments.clone();
    }

    public PlumeProblemException(String code, int status, Throwable cause) {
        super(code, cause);
        this.code = code;
        this.status = status;
        this.arguments = new Object[0];
    }

    public String code() {
        return code;
    }

    public int status() {
        return status;
    }

    public Object[] arguments() {
        return arguments.clone();
    }
}
