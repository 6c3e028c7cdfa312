package fr.plume.tool.lti.nrps.infra;

import fr.plume.tool.lti.nrps.domain.Rosters;
import fr.plume.tool.lti.api.LtiRole;
import fr.plume.tool.lti.api.Roster;
import fr.plume.tool.lti.domain.RoleMapping;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Cached rosters: replaced whole on each refresh, always read within one member. */
@Repository
public class JdbcRosters implements Rosters {

    private final JdbcClient jdbc;

    JdbcRosters(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Replaces the roster of a context; call inside a transaction. Roles are kept as the platform sent them. */
    public void replace(UUID memberId, UUID contextId, List<RosterEntry> members, Instant now) {
        jdbc.sql("DELETE FROM lti_roster_member WHERE context_id = :context AND member_id = :member")
                .param("context", contextId).param("member", memberId).update();
        for (RosterEntry m : members) {
            jdbc.sql("""
                            INSERT INTO lti_roster_member (context_id, member_id, subject, name, given_name, family_name,
                                                           email, roles, status, groups)
                            VALUES (:context, :member, :subject, :name, :given, :family, :email, :roles, :status, :groups)
                            ON CONFLICT (context_id, subject) DO NOTHING
                            """)
                    .param("context", contextId).param("member", memberId).param("subject", m.subject())
                    .param("name", m.name()).param("given", m.givenName()).param("family", m.familyName())
                    .param("email", m.email()).param("roles", m.roles().toArray(String[]::new))
                    .param("status", m.status()).param("groups", m.groups().toArray(String[]::new)).update();
        }
        jdbc.sql("""
                        INSERT INTO lti_roster_fetch (context_id, member_id, fetched_at) VALUES (:context, :member, :now)
                        ON CONFLICT (context_id) DO UPDATE SET fetched_at = EXCLUDED.fetched_at
                        """)
                .param("context", contextId).param("member", memberId).param("now", Timestamp.from(now)).update();
    }

    public Optional<Instant> fetchedAt(UUID memberId, UUID contextId) {
        return jdbc.sql("SELECT fetched_at FROM lti_roster_fetch WHERE context_id = :context AND member_id = :member")
                .param("context", contextId).param("member", memberId)
                .query((rs, n) -> rs.getTimestamp(1).toInstant()).optional();
    }

    /** The cached members, linked to Plume's users of the same issuer when they have launched. */
    public List<Roster.Member> members(UUID memberId, UUID contextId) {
        return jdbc.sql("""
                        SELECT r.subject, u.id AS user_id, r.name, r.given_name, r.family_name, r.email, r.roles, r.status,
                               r.groups
                        FROM lti_roster_member r
                        JOIN lti_context c ON c.id = r.context_id AND c.member_id = r.member_id
                        LEFT JOIN lti_user u ON u.member_id = r.member_id AND u.issuer = c.issuer AND u.subject = r.subject
                        WHERE r.context_id = :context AND r.member_id = :member
                        ORDER BY r.family_name NULLS LAST, r.given_name NULLS LAST, r.subject
                        """)
                .param("context", contextId).param("member", memberId)
                .query((rs, n) -> {
                    List<String> roles = Arrays.asList((String[]) rs.getArray("roles").getArray());
                    java.util.Set<LtiRole> mapped = RoleMapping.map(roles);
                    return new Roster.Member(rs.getString("subject"), rs.getObject("user_id", UUID.class),
                            rs.getString("name"), rs.getString("given_name"), rs.getString("family_name"),
                            rs.getString("email"), mapped, rs.getString("status"),
                            Arrays.asList((String[]) rs.getArray("groups").getArray()));
                }).list();
    }

}
