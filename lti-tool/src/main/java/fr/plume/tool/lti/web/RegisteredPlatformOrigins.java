package fr.plume.tool.lti.web;

import fr.plume.tool.lti.application.ListRegistrations;

import fr.plume.tool.shared.web.FrameAncestors;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.springframework.stereotype.Component;

/**
 * CSP frame-ancestors: the origins of active platforms may frame the tool. Read at most every
 * 30 s per node, since the header is written on every response.
 */
@Component
class RegisteredPlatformOrigins implements FrameAncestors {

    private static final Duration REFRESH = Duration.ofSeconds(30);

    private record Snapshot(List<String> origins, Instant readAt) {
    }

    private final ListRegistrations registrations;
    private final Clock clock;
    private volatile Snapshot snapshot;

    RegisteredPlatformOrigins(ListRegistrations registrations, Clock clock) {
        this.registrations = registrations;
        this.clock = clock;
    }

    @Override
    public List<String> origins() {
        Snapshot current = snapshot;
        Instant now = clock.instant();
        if (current == null || now.isAfter(current.readAt().plus(REFRESH))) {
            current = new Snapshot(registrations.activeIssuers().stream().map(RegisteredPlatformOrigins::origin)
                    .filter(Objects::nonNull).distinct().toList(), now);
            snapshot = current;
        }
        return current.origins();
    }

    static String origin(String issuer) {
        try {
            URI uri = URI.create(issuer);
            if (uri.getScheme() == null || uri.getHost() == null) {
                return null;
            }
            return uri.getScheme() + "://" + uri.getHost() + (uri.getPort() == -1 ? "" : ":" + uri.getPort());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
