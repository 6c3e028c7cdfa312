package fr.plume.tool.lti.domain;

/**
 * No access token for an LTI service could be had; {@code retryable} separates outages (the
 * token endpoint unreachable, 429, 5xx) from refusals.
 */
public final class TokenUnavailable extends Exception {

    private final int status;
    private final boolean retryable;

    public TokenUnavailable(int status, boolean retryable, String message) {
        super(message);
        this.status = status;
        this.retryable = retryable;
    }

    public int status() {
        return status;
    }

    public boolean retryable() {
        return retryable;
    }
}
