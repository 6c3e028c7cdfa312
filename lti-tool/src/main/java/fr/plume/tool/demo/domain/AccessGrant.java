package fr.plume.tool.demo.domain;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/** What an access token of the token endpoint allows, to which client, until when. */
public record AccessGrant(String clientId, List<String> scopes, Instant expiresAt) {

    public AccessGrant {
        scopes = List.copyOf(scopes);
    }

    public boolean allowsAny(String... wanted) {
        return Arrays.stream(wanted).anyMatch(scopes::contains);
    }
}
