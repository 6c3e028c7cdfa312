package fr.plume.tool.lti.domain;

import java.time.Duration;
import java.time.Instant;

/** An OAuth 2 bearer token for LTI services. Its value is never logged nor shown. */
public record AccessToken(String value, Instant expiresAt) {

    /** Tokens are renewed this long before they expire, so none expires in flight. */
    public static final Duration RENEW_BEFORE = Duration.ofSeconds(60);

    public boolean usableAt(Instant now) {
        return now.isBefore(expiresAt.minus(RENEW_BEFORE));
    }

    @Override
    public String toString() {
        return "AccessToken[expiresAt=" + expiresAt + "]";
    }
}
