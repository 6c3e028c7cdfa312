package fr.plume.tool.assessment.infra;

import fr.plume.tool.assessment.api.AssessmentUsage;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Usage counts read straight from the attempts, essays and certification results, through the
 * period indexes of V105 (dashboard): nothing to keep in step when an attempt completes.
 */
@Repository
class JdbcAssessmentUsage implements AssessmentUsage {

    private final JdbcClient jdbc;

    JdbcAssessmentUsage(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<ModeCount> attemptsStarted(Instant from, Instant to, Optional<UUID> member) {
        return jdbc.sql("""
                        SELECT member_id, mode, sum(n) AS n, count(*) AS students
                        FROM (SELECT member_id, user_id, count(*) AS n,
                                     -- a mock certification is practice for usage (issue 17)
                                     CASE WHEN mode = 'MOCK_CERTIFICATION' THEN 'FORMATIVE' ELSE mode END AS mode
                              FROM assessment_attempt
                              WHERE started_at >= :from AND started_at < :to
                        """ + memberFilter("member_id", member) + """
                              GROUP BY member_id, 4, user_id) student
                        GROUP BY member_id, mode
                        """)
                .params(params(from, to, member))
                .query((rs, i) -> new ModeCount(rs.getObject("member_id", UUID.class), rs.getString("mode"),
                        rs.getLong("n"), rs.getLong("students")))
                .list();
    }

    @Override
    public List<Count> essaysMarked(Instant from, Instant to, Optional<UUID> member) {
        return jdbc.sql("""
                        SELECT member_id, count(*) AS n, count(DISTINCT user_id) AS students
                        FROM assessment_essay
                        WHERE marked_at >= :from AND marked_at < :to
                        """ + memberFilter("member_id", member) + " GROUP BY member_id")
                .params(params(from, to, member))
                .query((rs, i) -> new Count(rs.getObject("member_id", UUID.class), rs.getLong("n"),
                        rs.getLong("students")))
                .list();
    }

    @Override
    public List<Count> certificationsPublished(Instant from, Instant to, Optional<UUID> member) {
        return jdbc.sql("""
                        SELECT r.member_id, count(*) AS n, count(DISTINCT a.user_id) AS students
                        FROM assessment_certification_result r
                        JOIN assessment_attempt a ON a.id = r.attempt_id AND a.member_id = r.member_id
                        WHERE r.status = 'PUBLISHED' AND r.published_at >= :from AND r.published_at < :to
                        """ + memberFilter("r.member_id", member) + " GROUP BY r.member_id")
                .params(params(from, to, member))
                .query((rs, i) -> new Count(rs.getObject("member_id", UUID.class), rs.getLong("n"),
                        rs.getLong("students")))
                .list();
    }

    private static String memberFilter(String column, Optional<UUID> member) {
        return member.isPresent() ? " AND " + column + " = :member" : "";
    }

    private static java.util.Map<String, Object> params(Instant from, Instant to, Optional<UUID> member) {
        java.util.Map<String, Object> params = new java.util.HashMap<>();
        params.put("from", Timestamp.from(from));
        params.put("to", Timestamp.from(to));
        member.ifPresent(m -> params.put("member", m));
        return params;
    }
}
