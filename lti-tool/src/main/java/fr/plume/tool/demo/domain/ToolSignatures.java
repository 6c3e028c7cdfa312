package fr.plume.tool.demo.domain;

import com.nimbusds.jwt.JWTClaimsSet;

/**
 * Checks what the tool signs for the platform — Deep Linking responses (DL 2.0 §4.5) and client
 * assertions of the token endpoint (1EdTech Security Framework §4.1) — against the tool's keys.
 */
public interface ToolSignatures {

    JWTClaimsSet deepLinkingResponse(String jwt) throws Rejected;

    JWTClaimsSet clientAssertion(String jwt) throws Rejected;

    /** Thrown when a JWT from the tool is not acceptable; the message says why. */
    class Rejected extends Exception {
        public Rejected(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
