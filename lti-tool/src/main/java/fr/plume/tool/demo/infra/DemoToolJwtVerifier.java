package fr.plume.tool.demo.infra;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.proc.DefaultJWTClaimsVerifier;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import fr.plume.tool.demo.domain.DemoPlatform;
import fr.plume.tool.demo.domain.ToolSignatures;
import java.net.MalformedURLException;
import java.text.ParseException;
import java.util.Set;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * Verifies what the tool signs for the platform against the tool's JWKS, fetched over HTTP like
 * any platform does, cached, and refetched on an unknown kid.
 */
@Component
@Profile("demo")
class DemoToolJwtVerifier implements ToolSignatures {

    private final DemoPlatform platform;
    private volatile JWKSource<SecurityContext> toolKeys;

    DemoToolJwtVerifier(DemoPlatform platform) {
        this.platform = platform;
    }

    @Override
    public JWTClaimsSet deepLinkingResponse(String jwt) throws Rejected {
        JWTClaimsSet expected = new JWTClaimsSet.Builder().issuer(platform.clientId()).build();
        return verify(jwt, new DefaultJWTClaimsVerifier<>(platform.endpoints().issuer(), expected,
                Set.of("iss", "aud", "exp", "iat", "nonce")));
    }

    @Override
    public JWTClaimsSet clientAssertion(String jwt) throws Rejected {
        String clientId = platform.clientId();
        JWTClaimsSet expected = new JWTClaimsSet.Builder().issuer(clientId).subject(clientId).build();
        return verify(jwt, new DefaultJWTClaimsVerifier<>(platform.endpoints().token().toString(), expected,
                Set.of("iss", "sub", "aud", "exp", "iat", "jti")));
    }

    private JWTClaimsSet verify(String jwt, DefaultJWTClaimsVerifier<SecurityContext> claims) throws Rejected {
        DefaultJWTProcessor<SecurityContext> processor = new DefaultJWTProcessor<>();
        processor.setJWSKeySelector(new JWSVerificationKeySelector<>(JWSAlgorithm.RS256, keys()));
        processor.setJWTClaimsSetVerifier(claims);
        try {
            return processor.process(jwt, null);
        } catch (ParseException | BadJOSEException | JOSEException e) {
            throw new Rejected(e.getMessage(), e);
        }
    }

    private JWKSource<SecurityContext> keys() {
        JWKSource<SecurityContext> source = toolKeys;
        if (source == null) {
            try {
                source = JWKSourceBuilder.create(platform.tool().jwks().toURL()).build();
            } catch (MalformedURLException e) {
                throw new IllegalStateException(e);
            }
            toolKeys = source;
        }
        return source;
    }
}
