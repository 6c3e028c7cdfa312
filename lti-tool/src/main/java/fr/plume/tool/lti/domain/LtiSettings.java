package fr.plume.tool.lti.domain;

import java.time.Duration;

/**
 * Settings of the LTI module ({@code plume.lti.*}); every one has a safe default.
 *
 * @param stateLifetime          how long a login may take between initiation and launch
 * @param jwksCacheLifetime      how long a platform JWKS is trusted before a routine refetch
 * @param jwksRefetchInterval    minimum time between two refetches of one JWKS on unknown kid,
 *                               shared by all nodes through PostgreSQL
 * @param keyPublishBeforeUse    how long a NEXT tool key is published before it may sign
 * @param retiredKeyRetention    how long a replaced tool key stays in the JWKS
 * @param httpTimeout            timeout of calls to platforms (JWKS, Dynamic Registration)
 */
public record LtiSettings(Duration stateLifetime, Duration jwksCacheLifetime, Duration jwksRefetchInterval,
        Duration keyPublishBeforeUse, Duration retiredKeyRetention, Duration httpTimeout) {

    public LtiSettings {
        stateLifetime = stateLifetime == null ? Duration.ofMinutes(10) : stateLifetime;
        jwksCacheLifetime = jwksCacheLifetime == null ? Duration.ofMinutes(15) : jwksCacheLifetime;
        jwksRefetchInterval = jwksRefetchInterval == null ? Duration.ofSeconds(10) : jwksRefetchInterval;
        keyPublishBeforeUse = keyPublishBeforeUse == null ? Duration.ofHours(24) : keyPublishBeforeUse;
        retiredKeyRetention = retiredKeyRetention == null ? Duration.ofDays(7) : retiredKeyRetention;
        httpTimeout = httpTimeout == null ? Duration.ofSeconds(5) : httpTimeout;
    }
}
