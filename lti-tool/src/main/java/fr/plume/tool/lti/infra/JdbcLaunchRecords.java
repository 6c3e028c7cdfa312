package fr.plume.tool.lti.infra;

import com.nimbusds.jose.util.JSONObjectUtils;
import fr.plume.tool.lti.domain.LaunchClaims;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Users, course contexts, resource links and enrolments as launches announce them. Every
 * statement carries the member id: rows of one member are never read or touched for another.
 */
@Repository
public class JdbcLaunchRecords {

    public record Recorded(UUID userId, UUID contextId, UUID resourceLinkId) {
    }

    /** What a landing page may show about the launching person and course (never logged). */
    public record LaunchSummary(String displayName, String contextTitle, String resourceLinkTitle) {
    }

    private final JdbcClient jdbc;

    JdbcLaunchRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Upserts everything the launch names; call inside a transaction. */
    public Recorded record(UUID memberId, LaunchClaims claims, Instant now) {
        Timestamp at = Timestamp.from(now);
        LaunchClaims.Person p = claims.person();
        // COALESCE keeps what we knew when a platform stops sending a claim for privacy reasons
        // only if it still sends something; a launch never erases data it did not mention.
        UUID userId = jdbc.sql("""
                        INSERT INTO lti_user (id, member_id, issuer, subject, given_name, family_name, name, email,
                                              locale, created_at, last_launch_at)
                        VALUES (:id, :member, :issuer, :sub, :given, :family, :name, :email, :locale, :at, :at)
                        ON CONFLICT (member_id, issuer, subject) DO UPDATE SET
                            given_name = COALESCE(EXCLUDED.given_name, lti_user.given_name),
                            family_name = COALESCE(EXCLUDED.family_name, lti_user.family_name),
                            name = COALESCE(EXCLUDED.name, lti_user.name),
                            email = COALESCE(EXCLUDED.email, lti_user.email),
                            locale = COALESCE(EXCLUDED.locale, lti_user.locale),
                            last_launch_at = EXCLUDED.last_launch_at
                        RETURNING id
                        """)
                .param("id", UUID.randomUUID()).param("member", memberId).param("issuer", claims.issuer())
                .param("sub", claims.subject()).param("given", trim(p.givenName(), 200))
                .param("family", trim(p.familyName(), 200)).param("name", trim(p.name(), 400))
                .param("email", trim(p.email(), 320)).param("locale", trim(claims.locale(), 20)).param("at", at)
                .query(UUID.class).single();

        UUID contextId = null;
        if (claims.context() != null) {
            LaunchClaims.Context c = claims.context();
            contextId = jdbc.sql("""
                            INSERT INTO lti_context (id, member_id, issuer, platform_context_id, label, title,
                                                     created_at, updated_at)
                            VALUES (:id, :member, :issuer, :cid, :label, :title, :at, :at)
                            ON CONFLICT (member_id, issuer, platform_context_id) DO UPDATE SET
                                label = COALESCE(EXCLUDED.label, lti_context.label),
                                title = COALESCE(EXCLUDED.title, lti_context.title),
                                updated_at = EXCLUDED.updated_at
                            RETURNING id
                            """)
                    .param("id", UUID.randomUUID()).param("member", memberId).param("issuer", claims.issuer())
                    .param("cid", c.id()).param("label", trim(c.label(), 255)).param("title", trim(c.title(), 500))
                    .param("at", at)
                    .query(UUID.class).single();
            jdbc.sql("""
                            INSERT INTO lti_enrolment (member_id, context_id, user_id, roles, last_launch_at)
                            VALUES (:member, :context, :user, :roles, :at)
                            ON CONFLICT (context_id, user_id) DO UPDATE SET
                                roles = EXCLUDED.roles, last_launch_at = EXCLUDED.last_launch_at
                            """)
                    .param("member", memberId).param("context", contextId).param("user", userId)
                    .param("roles", claims.roles().stream().map(Enum::name).toArray(String[]::new)).param("at", at)
                    .update();
        }

        UUID linkId = null;
        if (claims.resourceLink() != null) {
            linkId = jdbc.sql("""
                            INSERT INTO lti_resource_link (id, member_id, issuer, platform_link_id, context_id, title,
                                                           custom, created_at, updated_at)
                            VALUES (:id, :member, :issuer, :lid, :context, :title, CAST(:custom AS jsonb), :at, :at)
                            ON CONFLICT (member_id, issuer, platform_link_id) DO UPDATE SET
                                context_id = COALESCE(EXCLUDED.context_id, lti_resource_link.context_id),
                                title = COALESCE(EXCLUDED.title, lti_resource_link.title),
                                custom = EXCLUDED.custom, updated_at = EXCLUDED.updated_at
                            RETURNING id
                            """)
                    .param("id", UUID.randomUUID()).param("member", memberId).param("issuer", claims.issuer())
                    .param("lid", claims.resourceLink().id()).param("context", contextId)
                    .param("title", trim(claims.resourceLink().title(), 500))
                    .param("custom", json(claims.custom())).param("at", at)
                    .query(UUID.class).single();
        }
        return new Recorded(userId, contextId, linkId);
    }

    public Optional<LaunchSummary> summary(UUID memberId, UUID userId, UUID contextId, UUID linkId) {
        return jdbc.sql("""
                        SELECT COALESCE(u.name, NULLIF(CONCAT_WS(' ', u.given_name, u.family_name), ''), u.email) AS who,
                               (SELECT COALESCE(c.title, c.label) FROM lti_context c
                                 WHERE c.id = :context AND c.member_id = :member) AS course,
                               (SELECT l.title FROM lti_resource_link l
                                 WHERE l.id = :link AND l.member_id = :member) AS link
                        FROM lti_user u WHERE u.id = :user AND u.member_id = :member
                        """)
                .param("member", memberId).param("user", userId).param("context", contextId).param("link", linkId)
                .query((rs, n) -> new LaunchSummary(rs.getString("who"), rs.getString("course"), rs.getString("link")))
                .optional();
    }

    private static String trim(String value, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.strip();
        return v.length() <= max ? v : v.substring(0, max);
    }

    private static String json(Map<String, String> custom) {
        return JSONObjectUtils.toJSONString(new java.util.LinkedHashMap<String, Object>(custom));
    }
}
