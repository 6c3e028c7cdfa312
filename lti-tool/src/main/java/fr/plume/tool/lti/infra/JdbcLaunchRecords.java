package fr.plume.tool.lti.infra;

import fr.plume.tool.lti.domain.LaunchRecords;
import com.nimbusds.jose.util.JSONObjectUtils;
import fr.plume.tool.lti.api.LaunchContext.AgsEndpoint;
import fr.plume.tool.lti.api.LaunchContext.NrpsEndpoint;
import fr.plume.tool.lti.domain.LaunchClaims;
import fr.plume.tool.lti.domain.MemberAttribution;
import fr.plume.tool.lti.api.LtiRole;
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
public class JdbcLaunchRecords implements LaunchRecords {



    private final JdbcClient jdbc;

    JdbcLaunchRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Spends the nonce and upserts everything the launch names, in one statement (so one round
     * trip and one commit): the user, the course and the person's roles in it, the resource link,
     * and the AGS/NRPS endpoints, kept so a grade or a roster can be fetched long after the
     * browser session. Nothing is written when the nonce was already spent: then it is empty.
     */
    public Optional<Recorded> record(UUID memberId, UUID registrationId, LaunchClaims claims, Instant now,
            Instant nonceKeptUntil) {
        return record(new MemberAttribution.Attributed(memberId, null, MemberAttribution.Outcome.REGISTRATION),
                registrationId, claims, now, nonceKeptUntil);
    }

    /**
     * As {@link #record(UUID, UUID, LaunchClaims, Instant, Instant)}, for the member the launch was
     * attributed to; the enrolment keeps how, and the person's launches of the month are counted
     * (lti_usage_month) in the same statement.
     */
    @Override
    public Optional<Recorded> record(MemberAttribution.Attributed attributed, UUID registrationId,
            LaunchClaims claims, Instant now, Instant nonceKeptUntil) {
        UUID memberId = attributed.memberId();
        LaunchClaims.Person p = claims.person();
        LaunchClaims.Context course = claims.context();
        LaunchClaims.ResourceLink link = claims.resourceLink();
        AgsEndpoint ags = link == null || claims.ags() == null
                || (claims.ags().lineItem() == null && claims.ags().lineItems() == null) ? null : claims.ags();
        NrpsEndpoint nrps = course == null || claims.nrps() == null || claims.nrps().contextMembershipsUrl() == null
                ? null : claims.nrps();
        StringBuilder sql = new StringBuilder(SPEND_NONCE).append(PERSON).append(USAGE);
        if (course != null) {
            sql.append(COURSE).append(ENROLMENT);
        }
        if (link != null) {
            sql.append(course != null ? LINK_IN_COURSE : LINK_WITHOUT_COURSE);
        }
        if (ags != null) {
            sql.append(AGS);
        }
        if (nrps != null) {
            sql.append(NRPS);
        }
        sql.append("\nSELECT (SELECT id FROM person) AS user_id, ")
                .append(course != null ? "(SELECT id FROM course)" : "CAST(NULL AS uuid)").append(" AS context_id, ")
                .append(link != null ? "(SELECT id FROM link)" : "CAST(NULL AS uuid)").append(" AS link_id");

        // COALESCE keeps what we knew when a platform stops sending a claim for privacy reasons:
        // a launch never erases data it did not mention.
        JdbcClient.StatementSpec statement = jdbc.sql(sql.toString())
                .param("member", memberId).param("registration", registrationId).param("issuer", claims.issuer())
                .param("nonce", claims.nonce()).param("nonceUntil", Timestamp.from(nonceKeptUntil))
                .param("at", Timestamp.from(now))
                .param("userId", UUID.randomUUID()).param("sub", claims.subject())
                .param("given", trim(p.givenName(), 200)).param("family", trim(p.familyName(), 200))
                .param("name", trim(p.name(), 400)).param("email", trim(p.email(), 320))
                .param("locale", trim(claims.locale(), 20))
                .param("learner", claims.roles().contains(LtiRole.LEARNER));
        if (course != null) {
            statement = statement.param("contextId", UUID.randomUUID()).param("cid", course.id())
                    .param("label", trim(course.label(), 255)).param("title", trim(course.title(), 500))
                    .param("roles", claims.roles().stream().map(Enum::name).toArray(String[]::new))
                    .param("attributionKey", attributed.key()).param("attribution", attributed.outcome().name());
        }
        if (link != null) {
            statement = statement.param("linkId", UUID.randomUUID()).param("lid", link.id())
                    .param("linkTitle", trim(link.title(), 500)).param("custom", json(claims.custom()));
        }
        if (ags != null) {
            statement = statement.param("items", ags.lineItems() == null ? null : ags.lineItems().toString())
                    .param("item", ags.lineItem() == null ? null : ags.lineItem().toString())
                    .param("scopes", ags.scope().toArray(String[]::new));
        }
        if (nrps != null) {
            statement = statement.param("memberships", nrps.contextMembershipsUrl().toString());
        }
        Recorded recorded = statement.query((rs, n) -> new Recorded(rs.getObject("user_id", UUID.class),
                rs.getObject("context_id", UUID.class), rs.getObject("link_id", UUID.class))).single();
        return recorded.userId() == null ? Optional.empty() : Optional.of(recorded);
    }

    private static final String SPEND_NONCE = """
            WITH nonce AS (
                INSERT INTO lti_used_nonce (issuer, nonce, expires_at) VALUES (:issuer, :nonce, :nonceUntil)
                ON CONFLICT DO NOTHING
                RETURNING 1
            )""";

    private static final String PERSON = """
            , person AS (
                INSERT INTO lti_user (id, member_id, issuer, subject, given_name, family_name, name, email, locale,
                                      created_at, last_launch_at)
                SELECT CAST(:userId AS uuid), CAST(:member AS uuid), CAST(:issuer AS varchar), CAST(:sub AS varchar),
                       CAST(:given AS varchar), CAST(:family AS varchar), CAST(:name AS varchar),
                       CAST(:email AS varchar), CAST(:locale AS varchar), CAST(:at AS timestamptz),
                       CAST(:at AS timestamptz)
                FROM nonce
                ON CONFLICT (member_id, issuer, subject) DO UPDATE SET
                    given_name = COALESCE(EXCLUDED.given_name, lti_user.given_name),
                    family_name = COALESCE(EXCLUDED.family_name, lti_user.family_name),
                    name = COALESCE(EXCLUDED.name, lti_user.name),
                    email = COALESCE(EXCLUDED.email, lti_user.email),
                    locale = COALESCE(EXCLUDED.locale, lti_user.locale),
                    last_launch_at = EXCLUDED.last_launch_at
                RETURNING id
            )""";

    private static final String COURSE = """
            , course AS (
                INSERT INTO lti_context (id, member_id, issuer, platform_context_id, label, title, created_at,
                                         updated_at)
                SELECT CAST(:contextId AS uuid), CAST(:member AS uuid), CAST(:issuer AS varchar),
                       CAST(:cid AS varchar), CAST(:label AS varchar), CAST(:title AS varchar),
                       CAST(:at AS timestamptz), CAST(:at AS timestamptz)
                FROM nonce
                ON CONFLICT (member_id, issuer, platform_context_id) DO UPDATE SET
                    label = COALESCE(EXCLUDED.label, lti_context.label),
                    title = COALESCE(EXCLUDED.title, lti_context.title),
                    updated_at = EXCLUDED.updated_at
                RETURNING id
            )""";

    private static final String ENROLMENT = """
            , enrolment AS (
                INSERT INTO lti_enrolment (member_id, context_id, user_id, roles, last_launch_at, registration_id,
                                           attribution_key, attribution)
                SELECT CAST(:member AS uuid), course.id, person.id, CAST(:roles AS text[]), CAST(:at AS timestamptz),
                       CAST(:registration AS uuid), CAST(:attributionKey AS varchar), CAST(:attribution AS varchar)
                FROM course, person
                ON CONFLICT (context_id, user_id) DO UPDATE SET
                    roles = EXCLUDED.roles, last_launch_at = EXCLUDED.last_launch_at,
                    registration_id = EXCLUDED.registration_id, attribution_key = EXCLUDED.attribution_key,
                    attribution = EXCLUDED.attribution
            )""";

    /** One more launch of the person this month (UTC), for the usage report; no other data. */
    private static final String USAGE = """
            , usage AS (
                INSERT INTO lti_usage_month (member_id, month, user_id, learner, launches)
                SELECT CAST(:member AS uuid), CAST(date_trunc('month', CAST(:at AS timestamptz) AT TIME ZONE 'UTC') AS date),
                       person.id, CAST(:learner AS boolean), 1
                FROM person
                ON CONFLICT (member_id, month, user_id) DO UPDATE SET
                    launches = lti_usage_month.launches + 1,
                    learner = lti_usage_month.learner OR EXCLUDED.learner
            )""";

    private static final String LINK = """
            , link AS (
                INSERT INTO lti_resource_link (id, member_id, issuer, platform_link_id, context_id, title, custom,
                                               created_at, updated_at)
                SELECT CAST(:linkId AS uuid), CAST(:member AS uuid), CAST(:issuer AS varchar), CAST(:lid AS varchar),
                       %s, CAST(:linkTitle AS varchar), CAST(:custom AS jsonb), CAST(:at AS timestamptz),
                       CAST(:at AS timestamptz)
                FROM nonce
                ON CONFLICT (member_id, issuer, platform_link_id) DO UPDATE SET
                    context_id = COALESCE(EXCLUDED.context_id, lti_resource_link.context_id),
                    title = COALESCE(EXCLUDED.title, lti_resource_link.title),
                    custom = EXCLUDED.custom, updated_at = EXCLUDED.updated_at
                RETURNING id
            )""";
    private static final String LINK_IN_COURSE = LINK.formatted("(SELECT id FROM course)");
    private static final String LINK_WITHOUT_COURSE = LINK.formatted("CAST(NULL AS uuid)");

    /** A new line-items URL forgets the line item found under the old one (AGS 2.0 §3.2). */
    private static final String AGS = """
            , ags AS (
                INSERT INTO lti_ags_endpoint (resource_link_id, member_id, registration_id, lineitems_url,
                                              lineitem_url, scopes, updated_at)
                SELECT link.id, CAST(:member AS uuid), CAST(:registration AS uuid), CAST(:items AS varchar),
                       CAST(:item AS varchar), CAST(:scopes AS text[]), CAST(:at AS timestamptz)
                FROM link
                ON CONFLICT (resource_link_id) DO UPDATE SET
                    registration_id = EXCLUDED.registration_id,
                    lineitems_url = EXCLUDED.lineitems_url,
                    lineitem_url = EXCLUDED.lineitem_url,
                    scopes = EXCLUDED.scopes,
                    resolved_lineitem_url = CASE
                        WHEN lti_ags_endpoint.lineitems_url IS DISTINCT FROM EXCLUDED.lineitems_url
                        THEN NULL ELSE lti_ags_endpoint.resolved_lineitem_url END,
                    updated_at = EXCLUDED.updated_at
                WHERE lti_ags_endpoint.member_id = EXCLUDED.member_id
            )""";

    private static final String NRPS = """
            , roster AS (
                INSERT INTO lti_nrps_endpoint (context_id, member_id, registration_id, memberships_url, updated_at)
                SELECT course.id, CAST(:member AS uuid), CAST(:registration AS uuid), CAST(:memberships AS varchar),
                       CAST(:at AS timestamptz)
                FROM course
                ON CONFLICT (context_id) DO UPDATE SET registration_id = EXCLUDED.registration_id,
                    memberships_url = EXCLUDED.memberships_url, updated_at = EXCLUDED.updated_at
                WHERE lti_nrps_endpoint.member_id = EXCLUDED.member_id
            )""";

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
