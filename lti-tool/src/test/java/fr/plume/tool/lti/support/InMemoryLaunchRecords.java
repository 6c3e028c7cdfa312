package fr.plume.tool.lti.support;

import fr.plume.tool.lti.domain.LaunchClaims;
import fr.plume.tool.lti.domain.LaunchRecords;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Users, courses and links of launches in memory, per member: the same person, course or link
 * launching again keeps its id. Spends the launch's nonce first, as the real records do.
 */
public final class InMemoryLaunchRecords implements LaunchRecords {

    private record Key(UUID memberId, String kind, String issuer, String platformId) {
    }

    private record Row(UUID id, UUID memberId, String title) {
    }

    private final InMemoryUsedNonces nonces;
    private final Map<Key, Row> rows = new ConcurrentHashMap<>();
    private final Map<UUID, Row> byId = new ConcurrentHashMap<>();
    private final List<LaunchClaims> recorded = new ArrayList<>();

    public InMemoryLaunchRecords(InMemoryUsedNonces nonces) {
        this.nonces = nonces;
    }

    @Override
    public synchronized Optional<Recorded> record(UUID memberId, UUID registrationId, LaunchClaims claims, Instant now,
            Instant nonceKeptUntil) {
        if (!nonces.spend(claims.issuer(), claims.nonce(), nonceKeptUntil)) {
            return Optional.empty();
        }
        recorded.add(claims);
        UUID user = upsert(memberId, "user", claims.issuer(), claims.subject(), who(claims.person()));
        UUID context = claims.context() == null ? null : upsert(memberId, "context", claims.issuer(),
                claims.context().id(), claims.context().title() != null ? claims.context().title()
                        : claims.context().label());
        UUID link = claims.resourceLink() == null ? null : upsert(memberId, "link", claims.issuer(),
                claims.resourceLink().id(), claims.resourceLink().title());
        return Optional.of(new Recorded(user, context, link));
    }

    @Override
    public Optional<LaunchSummary> summary(UUID memberId, UUID userId, UUID contextId, UUID linkId) {
        Row user = byId.get(userId);
        if (user == null || !user.memberId().equals(memberId)) {
            return Optional.empty();
        }
        return Optional.of(new LaunchSummary(user.title(), title(memberId, contextId), title(memberId, linkId)));
    }

    /** The claims of every launch recorded, in order. */
    public synchronized List<LaunchClaims> recorded() {
        return List.copyOf(recorded);
    }

    private UUID upsert(UUID memberId, String kind, String issuer, String platformId, String title) {
        Key key = new Key(memberId, kind, issuer, platformId);
        Row existing = rows.get(key);
        Row row = new Row(existing == null ? UUID.randomUUID() : existing.id(), memberId,
                title != null || existing == null ? title : existing.title());
        rows.put(key, row);
        byId.put(row.id(), row);
        return row.id();
    }

    private String title(UUID memberId, UUID id) {
        Row row = id == null ? null : byId.get(id);
        return row == null || !row.memberId().equals(memberId) ? null : row.title();
    }

    private static String who(LaunchClaims.Person person) {
        if (person == null) {
            return null;
        }
        if (person.name() != null) {
            return person.name();
        }
        String joined = String.join(" ", java.util.stream.Stream.of(person.givenName(), person.familyName())
                .filter(java.util.Objects::nonNull).toList());
        return joined.isEmpty() ? person.email() : joined;
    }
}
