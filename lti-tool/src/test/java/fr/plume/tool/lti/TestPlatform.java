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
import fr.plume.tool.lti.api.RegistrationView;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.util.List;
import java.util.Map;

/**
 * A fake LTI platform for tests: its RSA key, its JWKS served by WireMock, and the signing of
 * id_tokens (well-formed or deliberately wrong).
 */
public final class TestPlatform implements AutoCloseable {

    public static final String KID = "platform-key-1";
    public static final String JWKS_PATH = "/mod/lti/certs.php";
    /** The token endpoint of the registration: served by {@link #server()}, like the platform's other services. */
    public static final String TOKEN_PATH = "/mod/lti/token.php";

    private final WireMockServer server;
    private final RSAKey key;
    private final String issuer;
    private final String clientId;
    private final String deploymentId;

    public TestPlatform(String issuer, String clientId, String deploymentId) {
        this.issuer = issuer;
        this.clientId = clientId;
        this.deploymentId = deploymentId;
        try {
            this.key = new RSAKeyGenerator(2048).keyID(KID).keyUse(KeyUse.SIGNATURE).algorithm(JWSAlgorithm.RS256)
                    .generate();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
        this.server = new WireMockServer(WireMockConfiguration.options().dynamicPort());
        server.start();
        server.stubFor(get(urlEqualTo(JWKS_PATH)).willReturn(okJson(new JWKSet(key.toPublicJWK()).toString())));
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

    public WireMockServer server() {
        return server;
    }

    public int jwksFetches() {
        return server.findAll(getRequestedFor(urlEqualTo(JWKS_PATH))).size();
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
