package fr.plume.tool.lti.domain;

import com.nimbusds.jwt.JWTClaimsSet;

/** Signs what the tool sends to platforms with its CURRENT key, the kid in the header. */
public interface ToolSigner {

    String sign(JWTClaimsSet claims);
}
