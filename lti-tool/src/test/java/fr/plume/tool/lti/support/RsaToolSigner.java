package fr.plume.tool.lti.support;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import fr.plume.tool.lti.domain.ToolSigner;
import java.text.ParseException;

/** Signs as the tool does (RS256, kid in the header) with one RSA key of its own; verifies what it signed. */
public final class RsaToolSigner implements ToolSigner {

    private final RSAKey key;

    public RsaToolSigner() {
        try {
            this.key = new RSAKeyGenerator(2048).keyID("tool-key-test").algorithm(JWSAlgorithm.RS256).generate();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public String sign(JWTClaimsSet claims) {
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID())
                .type(JOSEObjectType.JWT).build(), claims);
        try {
            jwt.sign(new RSASSASigner(key));
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
        return jwt.serialize();
    }

    /** The claims of a JWT this signer signed, or an AssertionError when its signature does not verify. */
    public JWTClaimsSet verified(String jwt) {
        try {
            SignedJWT parsed = SignedJWT.parse(jwt);
            if (!parsed.verify(new RSASSAVerifier(key.toPublicJWK())) || !key.getKeyID().equals(parsed.getHeader()
                    .getKeyID())) {
                throw new AssertionError("not signed by the tool key");
            }
            return parsed.getJWTClaimsSet();
        } catch (ParseException | JOSEException e) {
            throw new AssertionError("not a signed JWT", e);
        }
    }
}
