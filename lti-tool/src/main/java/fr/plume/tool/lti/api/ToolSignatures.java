package fr.plume.tool.lti.api;

import java.util.Map;

/**
 * JWTs signed with the tool's own key, for other modules (the certification's Open Badges
 * credentials): RS256 with the CURRENT key, its kid in the header, verifiable with the keys the
 * tool publishes at {@code /.well-known/jwks.json}. Key handling stays in this module.
 */
public interface ToolSignatures {

    /** The compact JWS of {@code claims} (JSON values: maps, lists, strings, numbers), header {@code typ} = {@code type}. */
    String signJwt(Map<String, Object> claims, String type);
}
