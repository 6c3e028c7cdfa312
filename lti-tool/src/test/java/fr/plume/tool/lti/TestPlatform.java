package fr.plume.tool.lti;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jose.util.Base64URL;
import com.nimbusds.jose.util.JSONObjectUtils;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import fr.plume.tool.identity.api.Members;
import fr.plume.tool.lti.api.NewRegistration;
import fr.plume.tool.lti.api.PlatformRegistrations;
import fr.plume.tool.lti.api.LtiClaims;
import fr.plume.tool.lti.api.RegistrationView;
import fr.plume.tool.lti.domain.PlatformKeys;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * A fake LTI platform for tests: its RSA key, its JWKS served by WireMock, and the signing of
 * id_tokens (well-formed or deliberately wrong).
 */
public final class TestPlatform implements AutoCloseable {

    public static final String JWKS_PATH = "/mod/lti/certs.php";
    /** The token endpoint of the registration: served by {@link #server()}, like the platform's other services. */
    public static final String TOKEN_PATH = "/mod/lti/token.php";

    private final WireMockServer server;
    private final RSAKey key;
    /**
     * One kid per key, as a platform gives each of its keys: a later test platform that gets the
     * same port (so the same JWKS address, which the tool caches) is then told apart by its kid.
     */
    private final String kid = "platform-key-" + java.util.UUID.randomUUID();
    private final String issuer;
    private final String clientId;
    private final String deploymentId;

    public TestPlatform(String issuer, String clientId, String deploymentId) {
        this.issuer = issuer;
        this.clientId = clientId;
        this.deploymentId = deploymentId;
        try {
            this.key = new RSAKeyGenerator(2048).keyID(kid).keyUse(KeyUse.SIGNATURE).algorithm(JWSAlgorithm.RS256)
                    .generate();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
        this.server = new WireMockServer(WireMockConfiguration.options().dynamicPort());
        server.start();
        server.stubFor(get(urlEqualTo(JWKS_PATH)).willReturn(okJson(new JWKSet(key.toPublicJWK()).toString())));
    }

    /**
     * A platform of its own (issuer and client id unique to this call, deployment "1") registered
     * for member {@code memberCode}: what the launch fixtures of other modules start from.
     */
    public static TestPlatform registeredFor(PlatformRegistrations registrations, Members members, String memberCode) {
        String suffix = memberCode + "-" + UUID.randomUUID().toString().substring(0, 8);
        TestPlatform platform = new TestPlatform("https://moodle." + suffix + ".test", "plume-" + suffix, "1");
        platform.register(registrations, members, memberCode);
        return platform;
    }

    public RegistrationView register(PlatformRegistrations registrations, Members members, String memberCode) {
        Members.Member member = members.ensure(memberCode, "Université " + memberCode);
        return registrations.registerActive(new NewRegistration(member.id(), "Test " + memberCode, issuer, clientId,
                URI.create(issuer + "/mod/lti/auth.php"), URI.create(server.baseUrl() + TOKEN_PATH),
                URI.create(server.baseUrl() + JWKS_PATH), List.of(deploymentId)));
    }

    public String issuer() {
        return issuer;
    }

    public String clientId() {
        return clientId;
    }

    public String deploymentId() {
        return deploymentId;
    }

    public RSAKey key() {
        return key;
    }

    public String kid() {
        return kid;
    }

    public WireMockServer server() {
        return server;
    }

    public int jwksFetches() {
        return server.findAll(getRequestedFor(urlEqualTo(JWKS_PATH))).size();
    }

    /** This platform's verification keys as the tool finds them by kid (without fetching its JWKS). */
    public PlatformKeys verificationKeys() {
        return (registration, asked) -> kid.equals(asked) ? Optional.of(key.toPublicJWK()) : Optional.empty();
    }

    /**
     * The claims of an LtiResourceLinkRequest of {@code sub} with these roles (as the platform
     * spells them), for the login that issued {@code nonce}, valid for a minute from {@code now}
     * and targeting {@code targetLinkUri}. Mutable, so a test may add or remove claims.
     */
    public Map<String, Object> resourceLinkClaims(String sub, String nonce, List<String> roles,
            Map<String, String> context, Map<String, String> resourceLink, Map<String, String> custom,
            String targetLinkUri, Instant now) {
        Map<String, Object> claims = new LinkedHashMap<>();
        claims.put("iss", issuer);
        claims.put("aud", clientId);
        claims.put("sub", sub);
        claims.put("exp", now.getEpochSecond() + 60);
        claims.put("iat", now.getEpochSecond());
        claims.put("nonce", nonce);
        claims.put(LtiClaims.DEPLOYMENT_ID, deploymentId);
        claims.put(LtiClaims.TARGET_LINK_URI, targetLinkUri);
        claims.put(LtiClaims.ROLES, roles);
        claims.put(LtiClaims.CONTEXT, context);
        claims.put(LtiClaims.RESOURCE_LINK, resourceLink);
        claims.put(LtiClaims.VERSION, LtiClaims.SUPPORTED_VERSION);
        claims.put(LtiClaims.MESSAGE_TYPE, LtiClaims.RESOURCE_LINK_REQUEST);
        claims.put(LtiClaims.CUSTOM, custom);
        return claims;
    }

    /** Signs {@code claims} as a well-behaved platform does: RS256 with its key, the kid in the header. */
    public String idToken(Map<String, Object> claims) {
        return sign(Map.of("alg", "RS256", "kid", kid, "typ", "JWT"), claims);
    }

    /** Signs {@code claims} as {@code header} says: RS256 with our key, HS256 with the public key, or none. */
    public String sign(Map<String, Object> header, Map<String, Object> claims) {
        try {
            JWTClaimsSet set = JWTClaimsSet.parse(claims);
            String alg = String.valueOf(header.getOrDefault("alg", "RS256"));
            if (alg.equals("none")) {
                return Base64URL.encode(JSONObjectUtils.toJSONString(header)) + "."
                        + Base64URL.encode(set.toString()) + ".";
            }
            JWSHeader jwsHeader = JWSHeader.parse(header);
            SignedJWT jwt = new SignedJWT(jwsHeader, set);
            if (alg.equals("HS256")) {
                // The classic key-confusion attack: HMAC keyed with the platform's public key.
                jwt.sign(new MACSigner(key.toRSAPublicKey().getEncoded()));
            } else {
                jwt.sign(new RSASSASigner(key));
            }
            return jwt.serialize();
        } catch (ParseException | JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Replaces the payload of a signed token, keeping its header and signature. */
    public static String tamper(String token, Map<String, Object> newClaims) {
        String[] parts = token.split("\\.", -1);
        return parts[0] + "." + Base64URL.encode(JSONObjectUtils.toJSONString(newClaims).getBytes(StandardCharsets.UTF_8))
                + "." + parts[2];
    }

    @Override
    public void close() {
        server.stop();
    }
}
