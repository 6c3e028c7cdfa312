package fr.plume.tool.lti.ags;

import fr.plume.tool.lti.ags.application.DrainGradeOutbox;
import fr.plume.tool.identity.api.Members;
import fr.plume.tool.lti.ags.domain.AgsScopes;
import fr.plume.tool.lti.api.GradeQueue;
import fr.plume.tool.lti.api.GradeToQueue;
import fr.plume.tool.lti.api.NewRegistration;
import fr.plume.tool.lti.api.PlatformRegistrations;
import fr.plume.tool.lti.api.RegistrationView;
import java.net.URI;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/** A member with one platform registration, its courses, links and students, written as launches would. */
public final class AgsFixtures {

    public static final List<String> ALL_SCOPES = List.of(AgsScopes.LINEITEM, AgsScopes.SCORE,
            AgsScopes.LINEITEM_READONLY);

    public final UUID memberId;
    public final RegistrationView registration;
    public final String issuer;
    private final JdbcClient jdbc;
    private final GradeQueue grades;
    private final TransactionTemplate transaction;
    public final UUID contextId;

    public AgsFixtures(ApplicationContext context, String platformBase) {
        this.jdbc = context.getBean(JdbcClient.class);
        this.grades = context.getBean(GradeQueue.class);
        this.transaction = context.getBean(TransactionTemplate.class);
        ensureToolKey(context);
        String code = "ags-" + UUID.randomUUID().toString().substring(0, 8);
        this.memberId = context.getBean(Members.class).ensure(code, "Université " + code).id();
        this.issuer = "https://moodle." + code + ".example";
        this.registration = context.getBean(PlatformRegistrations.class).registerActive(new NewRegistration(memberId,
                "Moodle " + code, issuer, "client-" + code, URI.create(platformBase + "/auth"),
                URI.create(platformBase + "/token"), URI.create(platformBase + "/jwks"), List.of("1")));
        this.contextId = UUID.randomUUID();
        Timestamp now = Timestamp.from(Instant.now());
        jdbc.sql("INSERT INTO lti_context (id, member_id, issuer, platform_context_id, title, created_at, updated_at) "
                        + "VALUES (?, ?, ?, ?, 'Français écrit', ?, ?)")
                .params(contextId, memberId, issuer, "course-" + code, now, now).update();
    }

    /**
     * Makes sure the tool has a CURRENT signing key, inserting one the way the key store does
     * (public JWK in clear, private JWK encrypted) when none exists yet.
     */
    static synchronized void ensureToolKey(ApplicationContext context) {
        JdbcClient db = context.getBean(JdbcClient.class);
        if (db.sql("SELECT count(*) FROM lti_tool_key WHERE status = 'CURRENT'").query(Long.class).single() > 0) {
            return;
        }
        try {
            com.nimbusds.jose.jwk.RSAKey key = new com.nimbusds.jose.jwk.gen.RSAKeyGenerator(2048)
                    .keyID(UUID.randomUUID().toString()).keyUse(com.nimbusds.jose.jwk.KeyUse.SIGNATURE)
                    .algorithm(com.nimbusds.jose.JWSAlgorithm.RS256).generate();
            byte[] encrypted = context.getBean(fr.plume.tool.lti.domain.ToolKeyCipher.class)
                    .encrypt(key.toJSONString().getBytes(java.nio.charset.StandardCharsets.UTF_8), key.getKeyID());
            Timestamp now = Timestamp.from(Instant.now());
            db.sql("INSERT INTO lti_tool_key (kid, status, public_jwk, private_key, created_at, activated_at) "
                            + "VALUES (?, 'CURRENT', ?, ?, ?, ?) ON CONFLICT DO NOTHING")
                    .params(key.getKeyID(), key.toPublicJWK().toJSONString(), encrypted, now, now).update();
        } catch (com.nimbusds.jose.JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    public UUID user(String subject) {
        Timestamp now = Timestamp.from(Instant.now());
        return jdbc.sql("INSERT INTO lti_user (id, member_id, issuer, subject, created_at, last_launch_at) "
                        + "VALUES (?, ?, ?, ?, ?, ?) RETURNING id")
                .params(UUID.randomUUID(), memberId, issuer, subject, now, now).query(UUID.class).single();
    }

    /** A resource link launched with the given AGS claim (lineItem may be null). */
    public UUID link(String platformLinkId, String activity, URI lineItems, URI lineItem, List<String> scopes,
            URI memberships) {
        Timestamp now = Timestamp.from(Instant.now());
        UUID link = jdbc.sql("INSERT INTO lti_resource_link (id, member_id, issuer, platform_link_id, context_id, "
                        + "title, custom, created_at, updated_at) VALUES (?, ?, ?, ?, ?, 'Diagnostic', "
                        + "CAST(? AS jsonb), ?, ?) RETURNING id")
                .params(UUID.randomUUID(), memberId, issuer, platformLinkId, contextId,
                        activity == null ? "{}" : "{\"plume_activity\":\"" + activity + "\"}", now, now)
                .query(UUID.class).single();
        if (lineItems != null || lineItem != null) {
            jdbc.sql("INSERT INTO lti_ags_endpoint (resource_link_id, member_id, registration_id, lineitems_url, "
                            + "lineitem_url, scopes, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)")
                    .params(link, memberId, registration.id(), lineItems == null ? null : lineItems.toString(),
                            lineItem == null ? null : lineItem.toString(), scopes.toArray(String[]::new), now)
                    .update();
        }
        if (memberships != null) {
            jdbc.sql("INSERT INTO lti_nrps_endpoint (context_id, member_id, registration_id, memberships_url, "
                            + "updated_at) VALUES (?, ?, ?, ?, ?) ON CONFLICT (context_id) DO UPDATE SET "
                            + "memberships_url = EXCLUDED.memberships_url")
                    .params(contextId, memberId, registration.id(), memberships.toString(), now).update();
        }
        return link;
    }

    /** Completes an attempt as the assessment module does: its grade queued inside the completing transaction. */
    public GradeToQueue complete(UUID userId, UUID linkId, double score, Instant completedAt) {
        GradeToQueue grade = new GradeToQueue(UUID.randomUUID(), memberId, userId, linkId, contextId,
                "DIAGNOSTIC", score, 100, completedAt);
        publish(grade);
        return grade;
    }

    public void publish(GradeToQueue grade) {
        transaction.executeWithoutResult(s -> grades.queue(grade));
    }

    public String status(UUID attemptId) {
        return jdbc.sql("SELECT status FROM lti_grade_outbox WHERE attempt_id = ?").param(attemptId)
                .query(String.class).optional().orElse(null);
    }

    /** Drains until nothing is due at the current (frozen) time; fails instead of looping forever. */
    static void drainUntilNothingDue(DrainGradeOutbox drain) {
        for (int batch = 0; batch < 10_000; batch++) {
            if (drain.drainOnce() == 0) {
                return;
            }
        }
        throw new AssertionError("the outbox kept claiming grades at a fixed time: a retry is due again at once");
    }
}
