package fr.plume.tool.lti.infra;

import fr.plume.tool.lti.api.CourseDirectory;
import fr.plume.tool.lti.api.LtiRole;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** A course's placed activities and launchers from the launch records, one set-based query each. */
@Repository
class JdbcCourseDirectory implements CourseDirectory {

    private final JdbcClient jdbc;

    JdbcCourseDirectory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<PlacedActivity> activities(UUID memberId, UUID contextId) {
        return jdbc.sql("""
                        SELECT id, title, custom ->> 'plume_activity' AS activity FROM lti_resource_link
                         WHERE member_id = :member AND context_id = :context
                         ORDER BY title NULLS LAST, created_at, id""")
                .param("member", memberId).param("context", contextId)
                .query((rs, n) -> new PlacedActivity(rs.getObject("id", UUID.class), rs.getString("title"),
                        rs.getString("activity")))
                .list();
    }

    @Override
    public List<Launcher> launchers(UUID memberId, UUID contextId) {
        return jdbc.sql("""
                        SELECT u.id, u.subject, u.name, u.given_name, u.family_name, e.roles, e.last_launch_at
                          FROM lti_enrolment e JOIN lti_user u ON u.id = e.user_id AND u.member_id = e.member_id
                         WHERE e.member_id = :member AND e.context_id = :context""")
                .param("member", memberId).param("context", contextId)
                .query((rs, n) -> new Launcher(rs.getObject("id", UUID.class), rs.getString("subject"),
                        rs.getString("name"), rs.getString("given_name"), rs.getString("family_name"),
                        roles((String[]) rs.getArray("roles").getArray()),
                        rs.getTimestamp("last_launch_at").toInstant()))
                .list();
    }

    /** Enrolments keep the recognised roles by name (JdbcLaunchRecords); a name no longer known is skipped. */
    private static Set<LtiRole> roles(String[] names) {
        Set<LtiRole> roles = EnumSet.noneOf(LtiRole.class);
        for (String name : names) {
            Arrays.stream(LtiRole.values()).filter(r -> r.name().equals(name)).forEach(roles::add);
        }
        return roles;
    }
}
