package fr.plume.tool.lti.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The tool's signing keys (public JWK in clear, private key encrypted by the caller). */
public interface ToolKeyStore {

    public record StoredKey(String kid, String status, String publicJwk, byte[] encryptedPrivateKey,
            Instant createdAt, Instant activatedAt, Instant retiredAt, Instant expiresAt) {
    }

    /** Serialises key changes across nodes for the current transaction. */
    void lock();

    void insert(StoredKey key);

    Optional<StoredKey> withStatus(String status);

    Optional<StoredKey> byKid(String kid);

    /** Keys platforms must be able to verify with: NEXT, CURRENT, and RETIRED until they expire. */
    List<StoredKey> published(Instant now);

    List<StoredKey> all();

    void retire(String kid, Instant now, Instant expiresAt);

    void activate(String kid, Instant now);

    int deleteExpired(Instant now);
}
