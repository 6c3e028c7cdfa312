package fr.plume.tool.lti.domain;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** One-time login states, between the login initiation and the launch. */
public interface LoginStates {

    /** A pending login. {@code browserBinding} is the SHA-256 of the state cookie's value. */
    public record LoginState(String state, UUID registrationId, String nonce, String browserBinding, String loginHint,
            String ltiMessageHint, String targetLinkUri, String deploymentId, Instant expiresAt) {
    }

    void save(LoginState state);

    /** Reads and deletes: a state is used once. */
    Optional<LoginState> consume(String state);

    int deleteExpired(Instant now);
}
