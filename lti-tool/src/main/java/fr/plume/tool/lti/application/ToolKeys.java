package fr.plume.tool.lti.application;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import fr.plume.tool.lti.api.ToolSignatures;
import fr.plume.tool.lti.domain.ToolKeyCipher;
import fr.plume.tool.lti.domain.ToolSigner;
import fr.plume.tool.lti.domain.ToolKeyStore;
import fr.plume.tool.lti.domain.ToolKeyStore.StoredKey;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The tool's RSA-2048 keys: signs what the tool sends (Deep Linking responses, AGS client
 * assertions) with the CURRENT key and publishes every key platforms may meet in its JWKS.
 */
@Service
public class ToolKeys implements ToolSigner, ToolSignatures {

    private final ToolKeyStore keys;
    private final ToolKeyCipher cipher;
    private final Clock clock;
    private final TransactionTemplate transaction;
    private final Map<String, RSAKey> decrypted = new ConcurrentHashMap<>();

    ToolKeys(ToolKeyStore keys, ToolKeyCipher cipher, Clock clock, TransactionTemplate transaction) {
        this.keys = keys;
        this.cipher = cipher;
        this.clock = clock;
        this.transaction = transaction;
    }

    /** Signs {@code claims} with the CURRENT key, its kid in the header. */
    @Override
    public String sign(JWTClaimsSet claims) {
        RSAKey key = currentKey();
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID())
                .type(JOSEObjectType.JWT).build(), claims);
        try {
            jwt.sign(new RSASSASigner(key));
        } catch (JOSEException e) {
            throw new IllegalStateException("Cannot sign with tool key " + key.getKeyID(), e);
        }
        return jwt.serialize();
    }

    @Override
    public String signJwt(Map<String, Object> claims, String type) {
        RSAKey key = currentKey();
        try {
            SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID())
                    .type(new JOSEObjectType(type)).build(), JWTClaimsSet.parse(claims));
            jwt.sign(new RSASSASigner(key));
            return jwt.serialize();
        } catch (ParseException | JOSEException e) {
            throw new IllegalStateException("Cannot sign with tool key " + key.getKeyID(), e);
        }
    }

    /** The public keys to publish at /.well-known/jwks.json. */
    public JWKSet publicJwks() {
        ensureCurrentKey();
        return new JWKSet(keys.published(clock.instant()).stream().map(ToolKeys::publicKey)
                .map(k -> (com.nimbusds.jose.jwk.JWK) k).toList());
    }

    public RSAKey currentKey() {
        StoredKey current = keys.withStatus("CURRENT").orElseGet(this::ensureCurrentKey);
        return decrypted.computeIfAbsent(current.kid(), kid -> privateKey(current));
    }

    /** Creates the first CURRENT key when there is none (first start, any node). */
    StoredKey ensureCurrentKey() {
        return keys.withStatus("CURRENT").orElseGet(() -> transaction.execute(status -> {
            keys.lock();
            return keys.withStatus("CURRENT").orElseGet(() -> {
                StoredKey created = newKey("CURRENT", clock.instant());
                keys.insert(created);
                return created;
            });
        }));
    }

    StoredKey newKey(String status, Instant now) {
        try {
            RSAKey key = new RSAKeyGenerator(2048).keyID(UUID.randomUUID().toString()).keyUse(KeyUse.SIGNATURE)
                    .algorithm(JWSAlgorithm.RS256).generate();
            byte[] privateJson = key.toJSONString().getBytes(StandardCharsets.UTF_8);
            return new StoredKey(key.getKeyID(), status, key.toPublicJWK().toJSONString(),
                    cipher.encrypt(privateJson, key.getKeyID()), now, "CURRENT".equals(status) ? now : null, null, null);
        } catch (JOSEException e) {
            throw new IllegalStateException("Cannot generate an RSA key", e);
        }
    }

    /** What administrators see of the keys: never the private part. */
    public record KeyDescription(String kid, String status, Instant createdAt, Instant activatedAt,
            Instant expiresAt) {
    }

    public List<KeyDescription> describe() {
        return keys.all().stream().map(k -> new KeyDescription(k.kid(), k.status(), k.createdAt(), k.activatedAt(),
                k.expiresAt())).toList();
    }

    private RSAKey privateKey(StoredKey stored) {
        try {
            return RSAKey.parse(new String(cipher.decrypt(stored.encryptedPrivateKey(), stored.kid()),
                    StandardCharsets.UTF_8));
        } catch (ParseException e) {
            throw new IllegalStateException("Stored tool key " + stored.kid() + " is not a JWK", e);
        }
    }

    private static RSAKey publicKey(StoredKey stored) {
        try {
            return RSAKey.parse(stored.publicJwk());
        } catch (ParseException e) {
            throw new IllegalStateException("Stored public key " + stored.kid() + " is not a JWK", e);
        }
    }
}
