package fr.plume.tool.demo.domain;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jwt.JWTClaimsSet;

/** The platform's signing key: it signs id_tokens and publishes its public half. */
public interface PlatformKeys {

    JWKSet publicJwks();

    /** The claims as a compact RS256 JWT signed with the platform's key. */
    String sign(JWTClaimsSet claims);
}
