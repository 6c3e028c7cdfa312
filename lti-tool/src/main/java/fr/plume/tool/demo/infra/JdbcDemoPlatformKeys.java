package fr.plume.tool.demo.infra;

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
import fr.plume.tool.demo.domain.PlatformKeys;
import java.text.ParseException;
import java.util.UUID;
import org.springframework.context.annotation.Profile;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The demo platform's RSA-2048 signing key, created once and kept in PostgreSQL so the tool's
 * cached copy of the platform JWKS stays right across restarts and nodes.
 */
@Component
@Profile("demo")
class JdbcDemoPlatformKeys implements PlatformKeys {

    private final JdbcClient jdbc;
    private volatile RSAKey key;
    private volatile RSASSASigner signer;

    JdbcDemoPlatformKeys(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public JWKSet publicJwks() {
        return new JWKSet(current().toPublicJWK());
    }

    @Override
    public String sign(JWTClaimsSet claims) {
        RSAKey rsa = current();
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(rsa.getKeyID())
                .type(JOSEObjectType.JWT).build(), claims);
        try {
            jwt.sign(signer);
        } catch (JOSEException e) {
            throw new IllegalStateException("demo platform could not sign", e);
        }
        return jwt.serialize();
    }

    RSAKey current() {
        RSAKey loaded = key;
        if (loaded == null) {
            synchronized (this) {
                if (key == null) {
                    RSAKey stored = loadOrCreate();
                    try {
                        signer = new RSASSASigner(stored);
                    } catch (JOSEException e) {
                        throw new IllegalStateException(e);
                    }
                    key = stored;
                }
                loaded = key;
            }
        }
        return loaded;
    }

    private RSAKey loadOrCreate() {
        if (oldest() == null) {
            try {
                RSAKey generated = new RSAKeyGenerator(2048).keyUse(KeyUse.SIGNATURE).algorithm(JWSAlgorithm.RS256)
                        .keyID("demo-" + UUID.randomUUID()).generate();
                jdbc.sql("INSERT INTO demo_platform_key (kid, jwk) VALUES (:kid, :jwk)")
                        .param("kid", generated.getKeyID()).param("jwk", generated.toJSONString()).update();
            } catch (JOSEException e) {
                throw new IllegalStateException(e);
            }
        }
        // Two nodes starting together may both insert: everyone uses the oldest key.
        try {
            return RSAKey.parse(oldest());
        } catch (ParseException e) {
            throw new IllegalStateException("stored demo platform key is unreadable", e);
        }
    }

    private String oldest() {
        return jdbc.sql("SELECT jwk FROM demo_platform_key ORDER BY created_at, kid LIMIT 1")
                .query(String.class).optional().orElse(null);
    }
}
