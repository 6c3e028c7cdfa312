package fr.plume.tool.lti.domain.idtoken;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import fr.plume.tool.lti.api.RegistrationView;
import fr.plume.tool.lti.domain.LaunchRejected;
import fr.plume.tool.lti.domain.PlatformKeys;
import java.security.GeneralSecurityException;
import java.security.Signature;
import java.text.ParseException;

/**
 * The token is signed with RS256 by the platform's key named by its kid (Security Framework
 * §5.1.3 step 1); only then are its claims read.
 */
public final class SignatureValidator {

    private final PlatformKeys keys;

    public SignatureValidator(PlatformKeys keys) {
        this.keys = keys;
    }

    /** The verified claims. */
    public JWTClaimsSet verify(String idToken, RegistrationView registration) {
        CompactJws signed = signedWithRs256(idToken);
        JWSHeader header = (JWSHeader) signed.header();
        // Only the kid is used to pick the key: jku, x5u and an embedded jwk would let the token
        // choose its own verification key (Security Framework §5.1.3 step 1).
        String kid = header.getKeyID();
        if (kid == null || kid.isBlank()) {
            throw new LaunchRejected("LTI-KID-MISSING", 401);
        }
        RSAKey key = keys.key(registration, kid).orElseThrow(() -> new LaunchRejected("LTI-KID-UNKNOWN", 401));
        verifySignature(signed, key);
        try {
            return JWTClaimsSet.parse(signed.payloadJson());
        } catch (ParseException e) {
            throw new LaunchRejected("LTI-TOKEN-MALFORMED", 400);
        }
    }

    private static CompactJws signedWithRs256(String idToken) {
        CompactJws jws;
        try {
            jws = CompactJws.parse(idToken);
        } catch (ParseException e) {
            throw new LaunchRejected("LTI-TOKEN-MALFORMED", 400);
        }
        // An unsigned ("alg":"none") token has a plain header; HS* would let anyone holding
        // our copy of the public key forge tokens (RFC 8725 §2.1, §3.1).
        if (!(jws.header() instanceof JWSHeader header) || !JWSAlgorithm.RS256.equals(header.getAlgorithm())) {
            throw new LaunchRejected("LTI-ALG-UNSUPPORTED", 401);
        }
        return jws;
    }

    /** RS256 = RSASSA-PKCS1-v1_5 with SHA-256 (RFC 7518 §3.3), checked by the JDK over the received bytes. */
    private void verifySignature(CompactJws signed, RSAKey key) {
        boolean valid;
        try {
            Signature rs256 = Signature.getInstance("SHA256withRSA");
            rs256.initVerify(keys.publicKey(key));
            rs256.update(signed.signingInput());
            valid = rs256.verify(signed.signature());
        } catch (GeneralSecurityException | JOSEException | IllegalStateException e) {
            valid = false;
        }
        if (!valid) {
            throw new LaunchRejected("LTI-SIGNATURE-INVALID", 401);
        }
    }
}
