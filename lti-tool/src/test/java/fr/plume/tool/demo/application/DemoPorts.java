package fr.plume.tool.demo.application;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import fr.plume.tool.demo.domain.AccessGrant;
import fr.plume.tool.demo.domain.AccessTokens;
import fr.plume.tool.demo.domain.Activities;
import fr.plume.tool.demo.domain.Activity;
import fr.plume.tool.demo.domain.DemoPlatform;
import fr.plume.tool.demo.domain.Grade;
import fr.plume.tool.demo.domain.Gradebook;
import fr.plume.tool.demo.domain.LaunchIntent;
import fr.plume.tool.demo.domain.LaunchIntents;
import fr.plume.tool.demo.domain.LineItem;
import fr.plume.tool.demo.domain.LineItems;
import fr.plume.tool.demo.domain.PlatformEndpoints;
import fr.plume.tool.demo.domain.PlatformKeys;
import fr.plume.tool.demo.domain.ScoreSubmission;
import fr.plume.tool.demo.domain.ServiceLog;
import fr.plume.tool.demo.domain.ServiceLogEntry;
import fr.plume.tool.demo.domain.ToolEndpoints;
import fr.plume.tool.demo.domain.ToolSignatures;
import fr.plume.tool.identity.api.Members;
import fr.plume.tool.lti.api.NewRegistration;
import fr.plume.tool.lti.api.PlatformRegistrations;
import fr.plume.tool.lti.api.RegistrationView;
import fr.plume.tool.support.MovableClock;
import fr.plume.tool.support.Rs256;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The demo platform's domain ports in memory, for the use cases' unit tests: same contracts as
 * the PostgreSQL adapters (filters, one-time intents, replayed jti), a real RSA key that really
 * signs, and the tool's signatures as a table of accepted JWTs.
 */
final class DemoPorts {

    static final String BASE = "https://plume.example";
    static final String CLIENT_ID = "client15chars00";
    static final String COURSE = "7";

    final MovableClock clock = MovableClock.stopped();
    final Platform platform = new Platform();
    final MemoryActivities activities = new MemoryActivities();
    final MemoryLineItems lineItems = new MemoryLineItems();
    final MemoryGradebook gradebook = new MemoryGradebook(clock);
    final MemoryLaunchIntents intents = new MemoryLaunchIntents();
    final MemoryAccessTokens tokens = new MemoryAccessTokens();
    final MemoryServiceLog serviceLog = new MemoryServiceLog(clock);
    final RsaPlatformKeys keys = new RsaPlatformKeys();
    final ToolJwts toolJwts = new ToolJwts();
    final MemoryMembers members = new MemoryMembers();
    final MemoryRegistrations registrations = new MemoryRegistrations();

    /** A grant as the token endpoint would have issued it, for the service use cases. */
    AccessGrant grant(String... scopes) {
        return new AccessGrant(CLIENT_ID, List.of(scopes), clock.instant().plusSeconds(3600));
    }

    static final class Platform implements DemoPlatform {
        @Override
        public PlatformEndpoints endpoints() {
            return new PlatformEndpoints(BASE + "/demo/platform", DEPLOYMENT_ID);
        }

        @Override
        public ToolEndpoints tool() {
            return ToolEndpoints.under(BASE);
        }

        @Override
        public String clientId() {
            return CLIENT_ID;
        }
    }

    static final class MemoryActivities implements Activities {
        private final Map<Long, Activity> rows = new LinkedHashMap<>();
        private final Map<Long, String> placedBy = new HashMap<>();
        private long next = 1;
        private LineItems lineItems;

        @Override
        public List<Activity> inCourse(String courseId) {
            return rows.values().stream().filter(a -> a.courseId().equals(courseId)).map(this::withLineItem).toList();
        }

        @Override
        public Optional<Activity> find(long id) {
            return Optional.ofNullable(rows.get(id)).map(this::withLineItem);
        }

        @Override
        public long insert(String courseId, String title, String text, String targetLinkUri, Map<String, String> custom,
                String placedBy) {
            long id = next++;
            rows.put(id, new Activity(id, courseId, title, text, targetLinkUri, custom, null));
            this.placedBy.put(id, placedBy);
            return id;
        }

        @Override
        public boolean exists(String courseId, long id) {
            return rows.containsKey(id) && rows.get(id).courseId().equals(courseId);
        }

        String placedBy(long id) {
            return placedBy.get(id);
        }

        /** As the SQL adapter: the activity's line item only when exactly one column belongs to it. */
        private Activity withLineItem(Activity a) {
            List<LineItem> own = lineItems == null ? List.of() : lineItems.inCourse(a.courseId(), null, a.id(), null);
            return new Activity(a.id(), a.courseId(), a.title(), a.text(), a.targetLinkUri(), a.custom(),
                    own.size() == 1 ? own.get(0).id() : null);
        }
    }

    static final class MemoryLineItems implements LineItems {
        private final Map<Long, LineItem> rows = new LinkedHashMap<>();
        private final List<Long> locked = new ArrayList<>();
        private long next = 100;

        @Override
        public LineItem insert(String courseId, String label, BigDecimal scoreMaximum, String resourceId, String tag,
                Long activityId, boolean coupled) {
            LineItem item = new LineItem(next++, courseId, label, scoreMaximum, resourceId, tag, activityId, coupled);
            rows.put(item.id(), item);
            return item;
        }

        @Override
        public List<LineItem> inCourse(String courseId, String resourceId, Long activityId, String tag) {
            return rows.values().stream().filter(i -> i.courseId().equals(courseId))
                    .filter(i -> resourceId == null || resourceId.equals(Objects.toString(i.resourceId(), "")))
                    .filter(i -> activityId == null || activityId.equals(i.activityId()))
                    .filter(i -> tag == null || tag.equals(Objects.toString(i.tag(), "")))
                    .toList();
        }

        @Override
        public Optional<LineItem> find(String courseId, long id) {
            return Optional.ofNullable(rows.get(id)).filter(i -> i.courseId().equals(courseId));
        }

        @Override
        public Optional<LineItem> lock(String courseId, long id) {
            locked.add(id);
            return find(courseId, id);
        }

        List<Long> locked() {
            return locked;
        }
    }

    static final class MemoryGradebook implements Gradebook {
        private final Map<String, Grade> rows = new LinkedHashMap<>();
        private final MovableClock clock;
        private LineItems lineItems;

        MemoryGradebook(MovableClock clock) {
            this.clock = clock;
        }

        @Override
        public Optional<Grade> find(long lineItemId, String userId) {
            return Optional.ofNullable(rows.get(lineItemId + "/" + userId));
        }

        @Override
        public List<Grade> inCourse(String courseId) {
            return rows.values().stream()
                    .filter(g -> lineItems.find(courseId, g.lineItemId()).isPresent())
                    .sorted(Comparator.comparing(Grade::lineItemId).thenComparing(Grade::userId)).toList();
        }

        @Override
        public void store(long lineItemId, ScoreSubmission s) {
            rows.put(lineItemId + "/" + s.userId(), new Grade(lineItemId, s.userId(), s.scoreGiven(), s.scoreMaximum(),
                    s.comment(), s.activityProgress(), s.gradingProgress(), s.timestamp(), clock.instant()));
        }
    }

    static final class MemoryLaunchIntents implements LaunchIntents {
        private final Map<UUID, LaunchIntent> rows = new LinkedHashMap<>();

        @Override
        public void save(LaunchIntent intent) {
            rows.put(intent.id(), intent);
        }

        @Override
        public Optional<LaunchIntent> find(UUID id) {
            return Optional.ofNullable(rows.get(id));
        }

        @Override
        public Optional<LaunchIntent> consume(UUID id, Instant now) {
            return Optional.ofNullable(rows.remove(id));
        }

        List<LaunchIntent> all() {
            return List.copyOf(rows.values());
        }
    }

    static final class MemoryAccessTokens implements AccessTokens {
        private final Map<String, AccessGrant> grants = new HashMap<>();
        private final Set<String> jtis = new HashSet<>();
        private int issued;

        @Override
        public String issue(String clientId, List<String> scopes, Instant expiresAt) {
            String token = "token-" + ++issued;
            grants.put(token, new AccessGrant(clientId, scopes, expiresAt));
            return token;
        }

        @Override
        public Optional<AccessGrant> find(String token, Instant now) {
            return Optional.ofNullable(grants.get(token)).filter(g -> g.expiresAt().isAfter(now));
        }

        @Override
        public boolean firstUseOf(String jti, Instant expiresAt, Instant now) {
            return jtis.add(jti);
        }

        Optional<AccessGrant> grantOf(String token) {
            return Optional.ofNullable(grants.get(token));
        }
    }

    static final class MemoryServiceLog implements ServiceLog {
        private final List<ServiceLogEntry> entries = new ArrayList<>();
        private final MovableClock clock;

        MemoryServiceLog(MovableClock clock) {
            this.clock = clock;
        }

        @Override
        public void record(String method, String path, String clientId, int status, String body, String outcome) {
            entries.add(0, new ServiceLogEntry(entries.size() + 1, clock.instant(), method, path, clientId, status, body,
                    outcome));
        }

        @Override
        public List<ServiceLogEntry> recent(int limit) {
            return entries.stream().limit(limit).toList();
        }

        /** The latest entry; fails when nothing was logged. */
        ServiceLogEntry last() {
            return entries.get(0);
        }

        List<ServiceLogEntry> all() {
            return List.copyOf(entries);
        }
    }

    static final class RsaPlatformKeys implements PlatformKeys {
        final RSAKey key;

        RsaPlatformKeys() {
            try {
                key = new RSAKeyGenerator(2048).keyUse(KeyUse.SIGNATURE).algorithm(JWSAlgorithm.RS256)
                        .keyID("demo-test").generate();
            } catch (JOSEException e) {
                throw new IllegalStateException(e);
            }
        }

        @Override
        public JWKSet publicJwks() {
            return new JWKSet(key.toPublicJWK());
        }

        @Override
        public String sign(JWTClaimsSet claims) {
            return Rs256.sign(key, claims);
        }
    }

    /** The tool's signatures: JWTs the test declared valid, with their claims; anything else is rejected. */
    static final class ToolJwts implements ToolSignatures {
        private final Map<String, JWTClaimsSet> deepLinking = new HashMap<>();
        private final Map<String, JWTClaimsSet> assertions = new HashMap<>();

        String deepLinkingResponse(JWTClaimsSet claims) {
            String jwt = "dl-" + deepLinking.size();
            deepLinking.put(jwt, claims);
            return jwt;
        }

        String clientAssertion(JWTClaimsSet claims) {
            String jwt = "ca-" + assertions.size();
            assertions.put(jwt, claims);
            return jwt;
        }

        @Override
        public JWTClaimsSet deepLinkingResponse(String jwt) throws Rejected {
            return accepted(deepLinking, jwt);
        }

        @Override
        public JWTClaimsSet clientAssertion(String jwt) throws Rejected {
            return accepted(assertions, jwt);
        }

        private static JWTClaimsSet accepted(Map<String, JWTClaimsSet> valid, String jwt) throws Rejected {
            JWTClaimsSet claims = valid.get(jwt);
            if (claims == null) {
                throw new Rejected("Signed JWT rejected: Invalid signature", null);
            }
            return claims;
        }
    }

    /** The identity module's members, as far as the demo uses them. */
    static final class MemoryMembers implements Members {
        private final Map<String, Member> byCode = new LinkedHashMap<>();
        private final Map<UUID, java.time.ZoneId> zones = new java.util.HashMap<>();

        @Override
        public Member ensure(String code, String name) {
            return byCode.computeIfAbsent(code, c -> new Member(UUID.randomUUID(), c, name));
        }

        @Override
        public Optional<Member> findById(UUID id) {
            return byCode.values().stream().filter(m -> m.id().equals(id)).findFirst();
        }

        @Override
        public Optional<Member> findByCode(String code) {
            return Optional.ofNullable(byCode.get(code));
        }

        @Override
        public List<Member> all() {
            return List.copyOf(byCode.values());
        }

        @Override
        public Optional<java.time.ZoneId> timeZone(UUID memberId) {
            return Optional.ofNullable(zones.get(memberId));
        }

        @Override
        public void changeTimeZone(UUID memberId, java.time.ZoneId zone) {
            zones.put(memberId, zone);
        }
    }

    /** The LTI module's registrations: idempotent on (issuer, clientId) like the real one. */
    static final class MemoryRegistrations implements PlatformRegistrations {
        private final Map<String, RegistrationView> rows = new LinkedHashMap<>();

        @Override
        public RegistrationView registerActive(NewRegistration r) {
            RegistrationView existing = rows.get(r.issuer() + " " + r.clientId());
            RegistrationView view = new RegistrationView(existing == null ? UUID.randomUUID() : existing.id(),
                    r.memberId(), r.label(), r.issuer(), r.clientId(), r.authorizationEndpoint(), r.tokenEndpoint(),
                    r.jwksUri(), r.deploymentIds(), "ACTIVE");
            rows.put(r.issuer() + " " + r.clientId(), view);
            return view;
        }

        @Override
        public Optional<RegistrationView> find(String issuer, String clientId) {
            return Optional.ofNullable(rows.get(issuer + " " + clientId));
        }

        List<RegistrationView> all() {
            return List.copyOf(rows.values());
        }
    }

    DemoPorts() {
        activities.lineItems = lineItems;
        gradebook.lineItems = lineItems;
    }
}
