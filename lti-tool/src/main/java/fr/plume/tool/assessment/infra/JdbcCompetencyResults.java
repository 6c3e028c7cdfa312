package fr.plume.tool.assessment.infra;

import fr.plume.tool.assessment.api.CompetencyResults;
import fr.plume.tool.assessment.api.LatestLevel;
import fr.plume.tool.assessment.api.ResultMode;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Latest reported levels per student and competency of a course, from completed attempts of one
 * member. A certification's levels count only once its result is published (DESIGN §7).
 */
@Repository
class JdbcCompetencyResults implements CompetencyResults {

    private final JdbcClient jdbc;

    JdbcCompetencyResults(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<LatestLevel> latestFor(UUID memberId, UUID contextId, Set<ResultMode> modes) {
        if (modes.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                SELECT DISTINCT ON (a.user_id, c.competency)
                       a.user_id, a.context_id, a.resource_link_id, a.id, a.mode, c.competency, c.level, a.completed_at
                  FROM assessment_attempt a
                  JOIN assessment_attempt_competency c ON c.attempt_id = a.id AND c.member_id = a.member_id
                 WHERE a.member_id = :member AND a.context_id = :context AND a.status = 'COMPLETED'
                   AND a.mode = ANY(:modes)
                   AND (a.mode <> 'CERTIFICATION' OR EXISTS (SELECT 1 FROM assessment_certification_result r
                        WHERE r.attempt_id = a.id AND r.member_id = a.member_id AND r.status = 'PUBLISHED'))
                 ORDER BY a.user_id, c.competency, a.completed_at DESC, a.id""")
                .param("member", memberId).param("context", contextId)
                .param("modes", modes.stream().map(Enum::name).sorted().toArray(String[]::new))
                .query((rs, n) -> new LatestLevel(rs.getObject("user_id", UUID.class),
                        rs.getObject("context_id", UUID.class), rs.getObject("resource_link_id", UUID.class),
                        rs.getObject("id", UUID.class), ResultMode.valueOf(rs.getString("mode")),
                        rs.getString("competency"), rs.getInt("level"), rs.getTimestamp("completed_at").toInstant()))
                .list();
    }

    @Override
    public List<LatestLevel> profileOf(UUID memberId, UUID userId, Set<ResultMode> modes) {
        if (modes.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                SELECT DISTINCT ON (c.competency)
                       a.user_id, a.context_id, a.resource_link_id, a.id, a.mode, c.competency, c.level, a.completed_at
                  FROM assessment_attempt a
                  JOIN assessment_attempt_competency c ON c.attempt_id = a.id AND c.member_id = a.member_id
                 WHERE a.member_id = :member AND a.user_id = :user AND a.status = 'COMPLETED'
                   AND a.valid IS NOT FALSE AND a.mode = ANY(:modes)
                   AND (a.mode <> 'CERTIFICATION' OR EXISTS (SELECT 1 FROM assessment_certification_result r
                        WHERE r.attempt_id = a.id AND r.member_id = a.member_id AND r.status = 'PUBLISHED'))
                 ORDER BY c.competency, a.completed_at DESC, a.id""")
                .param("member", memberId).param("user", userId)
                .param("modes", modes.stream().map(Enum::name).sorted().toArray(String[]::new))
                .query((rs, n) -> new LatestLevel(rs.getObject("user_id", UUID.class),
                        rs.getObject("context_id", UUID.class), rs.getObject("resource_link_id", UUID.class),
                        rs.getObject("id", UUID.class), ResultMode.valueOf(rs.getString("mode")),
                        rs.getString("competency"), rs.getInt("level"), rs.getTimestamp("completed_at").toInstant()))
                .list();
    }
}
