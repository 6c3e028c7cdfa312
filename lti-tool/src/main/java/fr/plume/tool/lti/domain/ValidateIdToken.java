package fr.plume.tool.lti.domain;

import fr.plume.tool.lti.api.LtiClaims;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import fr.plume.tool.lti.api.LaunchContext.AgsEndpoint;
import fr.plume.tool.lti.api.LaunchContext.NrpsEndpoint;
import fr.plume.tool.lti.api.RegistrationView;
import java.net.URI;
import java.security.GeneralSecurityException;
import java.security.Signature;
import java.security.interfaces.RSAPublicKey;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Every stateless check of an LTI 1.3 id_token (1EdTech Security Framework §5.1.3, LTI Core
 * §5.1.2 / §5.3, Deep Linking §4.4). The one-time nonce and the state binding are checked by the
 * caller, which holds the stores.
 */
public final class ValidateIdToken {

    /** Clock skew tolerated on exp and iat (DESIGN §5: Moodle sets exp = iat + 60 s). */
    public static final Duration LEEWAY = Duration.ofSeconds(60);

    private static final Set<String> MESSAGE_TYPES =
            Set.of(LtiClaims.RESOURCE_LINK_REQUEST, LtiClaims.DEEP_LINKING_REQUEST);

    /**
     * The longest id_token accepted, in characters. Moodle's are a few KB; this leaves room for
     * generous custom parameters while a megabyte-sized token is refused before it is decoded.
     */
    public static final int MAX_ID_TOKEN_LENGTH = 64 * 1024;

    private static final int MAX_CACHED_KEYS = 256;

    private final Clock clock;
    private final ToolBaseUrl tool;
    private final Map<RSAKey, RSAPublicKey> publicKeys = new ConcurrentHashMap<>();

    /**
     * @param tool the tool's public URL: a launch must target one of its addresses
     */
    public ValidateIdToken(Clock clock, ToolBaseUrl tool) {
        this.clock = clock;
        this.tool = tool;
    }

    public LaunchClaims validate(String idToken, RegistrationView registration, PlatformKeys keys) {
        if (idToken.length() > MAX_ID_TOKEN_LENGTH) {
            throw new LaunchRejected("LTI-IDTOKEN-TOO-LARGE", 413);
        }
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
        JWTClaimsSet claims = claims(signed);

        if (!registration.issuer().equals(claims.getIssuer())) {
            throw new LaunchRejected("LTI-ISS-MISMATCH", 401);
        }
        checkAudience(claims, registration.clientId());
        Instant now = clock.instant();
        checkTimes(claims, now);
        String nonce = string(claims, "nonce");
        if (nonce == null || nonce.isBlank()) {
            throw new LaunchRejected("LTI-NONCE-MISSING", 400);
        }

        String version = string(claims, LtiClaims.VERSION);
        if (version == null) {
            throw new LaunchRejected("LTI-VERSION-MISSING", 400);
        }
        if (!LtiClaims.SUPPORTED_VERSION.equals(version)) {
            throw new LaunchRejected("LTI-VERSION-UNSUPPORTED", 400);
        }
        String messageType = string(claims, LtiClaims.MESSAGE_TYPE);
        if (messageType == null || messageType.isBlank()) {
            throw new LaunchRejected("LTI-MESSAGE-TYPE-MISSING", 400);
        }
        if (!MESSAGE_TYPES.contains(messageType)) {
            throw new LaunchRejected("LTI-MESSAGE-TYPE-UNSUPPORTED", 400);
        }
        String deploymentId = string(claims, LtiClaims.DEPLOYMENT_ID);
        if (deploymentId == null || deploymentId.isBlank()) {
            throw new LaunchRejected("LTI-DEPLOYMENT-MISSING", 400);
        }
        if (!registration.deploymentIds().contains(deploymentId)) {
            throw new LaunchRejected("LTI-DEPLOYMENT-UNKNOWN", 403);
        }
        String subject = claims.getSubject();
        if (subject == null || subject.isBlank()) {
            throw new LaunchRejected("LTI-SUB-MISSING", 400);
        }
        if (!(claims.getClaim(LtiClaims.ROLES) instanceof List<?> roleList)) {
            throw new LaunchRejected("LTI-ROLES-MISSING", 400);
        }
        List<String> rawRoles = roleList.stream().filter(String.class::isInstance).map(String.class::cast).toList();

        LaunchClaims.ResourceLink link = null;
        String targetLinkUri = string(claims, LtiClaims.TARGET_LINK_URI);
        DeepLinkingSettings deepLinking = null;
        if (LtiClaims.RESOURCE_LINK_REQUEST.equals(messageType)) {
            Map<String, Object> linkClaim = object(claims, LtiClaims.RESOURCE_LINK);
            String linkId = linkClaim == null ? null : text(linkClaim.get("id"));
            if (linkId == null || linkId.isBlank()) {
                throw new LaunchRejected("LTI-RESOURCE-LINK-MISSING", 400);
            }
            if (targetLinkUri == null || targetLinkUri.isBlank()) {
                throw new LaunchRejected("LTI-TARGET-LINK-URI-MISSING", 400);
            }
            link = new LaunchClaims.ResourceLink(linkId, text(linkClaim.get("title")));
        } else {
            deepLinking = DeepLinkingSettings.parse(object(claims, LtiClaims.DEEP_LINKING_SETTINGS));
            if (deepLinking == null) {
                throw new LaunchRejected("LTI-DEEP-LINKING-SETTINGS-MISSING", 400);
            }
        }

        // A signed launch meant for another tool (or another host) must not open a session here.
        if (targetLinkUri != null && !tool.owns(targetLinkUri)) {
            throw new LaunchRejected("LTI-TARGET-LINK-URI-FOREIGN", 400);
        }

        Map<String, Object> contextClaim = object(claims, LtiClaims.CONTEXT);
        LaunchClaims.Context context = null;
        if (contextClaim != null && text(contextClaim.get("id")) != null && !text(contextClaim.get("id")).isBlank()) {
            context = new LaunchClaims.Context(text(contextClaim.get("id")), text(contextClaim.get("label")),
                    text(contextClaim.get("title")));
        }
        LaunchClaims.Person person = new LaunchClaims.Person(string(claims, "given_name"),
                string(claims, "family_name"), string(claims, "name"), string(claims, "email"));
        Map<String, Object> presentation = object(claims, LtiClaims.LAUNCH_PRESENTATION);
        String locale = presentation == null ? string(claims, "locale") : text(presentation.get("locale"));

        return new LaunchClaims(claims.getIssuer(), subject, messageType, deploymentId, nonce,
                claims.getExpirationTime().toInstant(), rawRoles, RoleMapping.map(rawRoles), person, context, link,
                targetLinkUri, ags(object(claims, LtiClaims.AGS_ENDPOINT)), nrps(object(claims, LtiClaims.NRPS)),
                custom(object(claims, LtiClaims.CUSTOM)), locale, deepLinking);
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
            rs256.initVerify(publicKey(key));
            rs256.update(signed.signingInput());
            valid = rs256.verify(signed.signature());
        } catch (GeneralSecurityException | JOSEException | IllegalStateException e) {
            valid = false;
        }
        if (!valid) {
            throw new LaunchRejected("LTI-SIGNATURE-INVALID", 401);
        }
    }

    private static JWTClaimsSet claims(CompactJws signed) {
        try {
            return JWTClaimsSet.parse(signed.payloadJson());
        } catch (ParseException e) {
            throw new LaunchRejected("LTI-TOKEN-MALFORMED", 400);
        }
    }

    /** One public key per platform JWK: building it decodes the modulus every time. */
    private RSAPublicKey publicKey(RSAKey key) throws JOSEException {
        RSAPublicKey publicKey = publicKeys.get(key);
        if (publicKey == null) {
            if (publicKeys.size() > MAX_CACHED_KEYS) {
                publicKeys.clear();
            }
            publicKey = key.toRSAPublicKey();
            publicKeys.put(key, publicKey);
        }
        return publicKey;
    }

    private static void checkAudience(JWTClaimsSet claims, String clientId) {
        List<String> audience = claims.getAudience();
        if (audience == null || !audience.contains(clientId)) {
            throw new LaunchRejected("LTI-AUD-MISMATCH", 401);
        }
        String azp = string(claims, "azp");
        // OpenID Connect Core §3.1.3.7 (5, 6): azp is required with several audiences and must
        // then be our client_id.
        if (audience.size() > 1 && azp == null) {
            throw new LaunchRejected("LTI-AZP-MISSING", 401);
        }
        if (azp != null && !azp.equals(clientId)) {
            throw new LaunchRejected("LTI-AZP-MISMATCH", 401);
        }
    }

    private void checkTimes(JWTClaimsSet claims, Instant now) {
        Date exp = claims.getExpirationTime();
        if (exp == null || now.isAfter(exp.toInstant().plus(LEEWAY))) {
            throw new LaunchRejected("LTI-TOKEN-EXPIRED", 401);
        }
        Date iat = claims.getIssueTime();
        if (iat == null || iat.toInstant().isAfter(now.plus(LEEWAY))) {
            throw new LaunchRejected("LTI-IAT-INVALID", 401);
        }
    }

    private static String string(JWTClaimsSet claims, String name) {
        Object value = claims.getClaim(name);
        return value instanceof String s ? s : null;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> object(JWTClaimsSet claims, String name) {
        Object value = claims.getClaim(name);
        return value instanceof Map<?, ?> map ? (Map<String, Object>) map : null;
    }

    private static String text(Object value) {
        if (value instanceof String s) {
            return s;
        }
        return value instanceof Number n ? n.toString() : null;
    }

    private static AgsEndpoint ags(Map<String, Object> claim) {
        if (claim == null) {
            return null;
        }
        List<String> scope = claim.get("scope") instanceof List<?> l
                ? l.stream().filter(String.class::isInstance).map(String.class::cast).toList() : List.of();
        return new AgsEndpoint(scope, uri(claim.get("lineitems")), uri(claim.get("lineitem")));
    }

    private static NrpsEndpoint nrps(Map<String, Object> claim) {
        if (claim == null) {
            return null;
        }
        List<String> versions = claim.get("service_versions") instanceof List<?> l
                ? l.stream().filter(String.class::isInstance).map(String.class::cast).toList() : List.of();
        URI url = uri(claim.get("context_memberships_url"));
        return url == null ? null : new NrpsEndpoint(url, versions);
    }

    private static URI uri(Object value) {
        if (!(value instanceof String s) || s.isBlank()) {
            return null;
        }
        try {
            URI uri = URI.create(s);
            return uri.isAbsolute() ? uri : null;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static Map<String, String> custom(Map<String, Object> claim) {
        Map<String, String> custom = new LinkedHashMap<>();
        if (claim != null) {
            claim.forEach((k, v) -> {
                if (v instanceof String || v instanceof Number || v instanceof Boolean) {
                    custom.put(k, v.toString());
                }
            });
        }
        return custom;
    }
}
