package fr.plume.tool.lti.infra;

import fr.plume.tool.lti.api.LaunchDirectory;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** {@link LaunchDirectory} over the users and contexts launches recorded; every query names the member. */
@Repository
class JdbcLaunchDirectory implements LaunchDirectory {

    private final JdbcClient jdbc;

    JdbcLaunchDirectory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<PlatformContext> context(UUID memberId, UUID contextId) {
        return jdbc.sql("""
                SELECT id, issuer, platform_context_id, title FROM lti_context
                 WHERE member_id = :member AND id = :id""")
                .param("member", memberId).param("id", contextId)
                .query((rs, n) -> new PlatformContext(rs.getObject("id", UUID.class), rs.getString("issuer"),
                        rs.getString("platform_context_id"), rs.getString("title")))
                .optional();
    }

    @Override
    public Map<UUID, String> subjects(UUID memberId, String issuer, Collection<UUID> userIds) {
        Map<UUID, String> subjects = new HashMap<>();
        if (userIds.isEmpty()) {
            return subjects;
        }
        jdbc.sql("""
                SELECT id, subject FROM lti_user
                 WHERE member_id = :member AND issuer = :issuer AND id = ANY(:ids)""")
                .param("member", memberId).param("issuer", issuer).param("ids", userIds.toArray(UUID[]::new))
                .query(rs -> {
                    subjects.put(rs.getObject("id", UUID.class), rs.getString("subject"));
                });
        return subjects;
    }

    @Override
    public Optional<PlatformUser> user(UUID memberId, UUID userId) {
        return jdbc.sql("""
                SELECT id, issuer, subject, coalesce(name, nullif(trim(concat_ws(' ', given_name, family_name)), ''))
                       AS display_name
                  FROM lti_user WHERE member_id = :member AND id = :id""")
                .param("member", memberId).param("id", userId)
                .query((rs, n) -> new PlatformUser(rs.getObject("id", UUID.class), rs.getString("issuer"),
                        rs.getString("subject"), rs.getString("display_name")))
                .optional();
    }

    @Override
    public Map<String, UUID> usersBySubject(UUID memberId, Collection<String> subjects) {
        Map<String, UUID> users = new HashMap<>();
        if (subjects.isEmpty()) {
            return users;
        }
        jdbc.sql("""
                SELECT subject, min(id::text)::uuid AS id FROM lti_user
                 WHERE member_id = :member AND subject = ANY(:subjects)
                 GROUP BY subject HAVING count(*) = 1""")
                .param("member", memberId).param("subjects", subjects.toArray(String[]::new))
                .query(rs -> {
                    users.put(rs.getString("subject"), rs.getObject("id", UUID.class));
                });
        return users;
    }
}
