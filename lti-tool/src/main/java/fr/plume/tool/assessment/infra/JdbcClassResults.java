package fr.plume.tool.assessment.infra;

import fr.plume.tool.assessment.api.ClassResults;
import fr.plume.tool.assessment.domain.Certainty;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A course's results in one query per view, each starting from {@code assessment_attempt_course}
 * (member, context, user): a class of 1,000 never costs one query per student.
 */
@Repository
class JdbcClassResults implements ClassResults {

    /** A certifying attempt's results stay in the tool until published (DESIGN §7). */
    private static final String PUBLISHED_OR_NOT_CERTIFYING = """
            (a.mode <> 'CERTIFICATION' OR EXISTS (SELECT 1 FROM assessment_certification_result r
             WHERE r.attempt_id = a.id AND r.member_id = a.member_id AND r.status = 'PUBLISHED'))""";

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final JdbcClient jdbc;

    JdbcClassResults(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<ActivityProgress> activity(UUID memberId, UUID contextId) {
        return jdbc.sql("""
                        SELECT a.user_id, a.resource_link_id, count(*) AS started,
                               count(*) FILTER (WHERE a.status = 'COMPLETED') AS completed,
                               bool_or(a.status = 'IN_PROGRESS') AS in_progress,
                               max(greatest(a.started_at, a.completed_at)) AS last_activity
                          FROM assessment_attempt a
                         WHERE a.member_id = :member AND a.context_id = :context
                         GROUP BY a.user_id, a.resource_link_id""")
                .param("member", memberId).param("context", contextId)
                .query((rs, n) -> new ActivityProgress(rs.getObject("user_id", UUID.class),
                        rs.getObject("resource_link_id", UUID.class), rs.getInt("started"), rs.getInt("completed"),
                        rs.getBoolean("in_progress"), instant(rs, "last_activity")))
                .list();
    }

    @Override
    public List<CompetencyEstimate> latestEstimates(UUID memberId, UUID contextId) {
        return jdbc.sql("""
                        SELECT DISTINCT ON (a.user_id, c.competency)
                               a.user_id, c.competency, c.level, c.level_probability, c.standard_error, c.item_count,
                               a.mode, a.resource_link_id, a.completed_at
                          FROM assessment_attempt a
                          JOIN assessment_attempt_competency c ON c.attempt_id = a.id AND c.member_id = a.member_id
                         WHERE a.member_id = :member AND a.context_id = :context AND a.status = 'COMPLETED'
                           AND """ + PUBLISHED_OR_NOT_CERTIFYING + """
                         ORDER BY a.user_id, c.competency, a.completed_at DESC, a.id""")
                .param("member", memberId).param("context", contextId)
                .query((rs, n) -> new CompetencyEstimate(rs.getObject("user_id", UUID.class),
                        rs.getString("competency"), rs.getInt("level"),
                        Certainty.of(rs.getDouble("level_probability"), rs.getDouble("standard_error"),
                                rs.getInt("item_count")).name(),
                        rs.getDouble("standard_error"), rs.getString("mode"),
                        rs.getObject("resource_link_id", UUID.class), instant(rs, "completed_at")))
                .list();
    }

    @Override
    public List<AttemptOutcome> outcomes(UUID memberId, UUID contextId) {
        return jdbc.sql("""
                        SELECT a.user_id, a.id, a.resource_link_id, a.mode, a.level, a.completed_at
                          FROM assessment_attempt a
                         WHERE a.member_id = :member AND a.context_id = :context AND a.status = 'COMPLETED'
                           AND a.level IS NOT NULL AND """ + PUBLISHED_OR_NOT_CERTIFYING + """
                         ORDER BY a.completed_at, a.id""")
                .param("member", memberId).param("context", contextId)
                .query((rs, n) -> new AttemptOutcome(rs.getObject("user_id", UUID.class), rs.getObject("id", UUID.class),
                        rs.getObject("resource_link_id", UUID.class), rs.getString("mode"), rs.getInt("level"),
                        instant(rs, "completed_at")))
                .list();
    }

    @Override
    public List<ItemDifficulty> itemDifficulty(UUID memberId, UUID contextId, Collection<UUID> users) {
        return jdbc.sql("""
                        SELECT i.item_id, i.competency, count(*) AS answered, count(*) FILTER (WHERE i.correct) AS correct,
                               count(DISTINCT a.user_id) AS students
                          FROM assessment_attempt a
                          JOIN assessment_attempt_item i ON i.attempt_id = a.id AND i.member_id = a.member_id
                         WHERE a.member_id = :member AND a.context_id = :context
                           AND a.mode IN ('DIAGNOSTIC', 'FORMATIVE') AND i.correct IS NOT NULL
                           AND (CAST(:everyone AS boolean) OR a.user_id = ANY(:users))
                         GROUP BY i.item_id, i.competency""")
                .param("member", memberId).param("context", contextId).param("everyone", users == null)
                .param("users", users == null ? new UUID[0] : users.toArray(UUID[]::new))
                .query((rs, n) -> new ItemDifficulty(rs.getObject("item_id", UUID.class), rs.getString("competency"),
                        rs.getInt("answered"), rs.getInt("correct"), rs.getInt("students")))
                .list();
    }

    @Override
    public List<PracticeAnswer> practiceAnswers(UUID memberId, UUID contextId, UUID userId) {
        return jdbc.sql("""
                        SELECT a.id, a.mode, a.started_at, i.position, i.item_id, i.competency, i.answered_at,
                               i.response::text AS response, i.correct
                          FROM assessment_attempt a
                          JOIN assessment_attempt_item i ON i.attempt_id = a.id AND i.member_id = a.member_id
                         WHERE a.member_id = :member AND a.context_id = :context AND a.user_id = :user
                           AND a.mode IN ('DIAGNOSTIC', 'FORMATIVE')
                         ORDER BY a.started_at, a.id, i.position""")
                .param("member", memberId).param("context", contextId).param("user", userId)
                .query((rs, n) -> new PracticeAnswer(rs.getObject("id", UUID.class), rs.getString("mode"),
                        instant(rs, "started_at"), rs.getInt("position"), rs.getObject("item_id", UUID.class),
                        rs.getString("competency"), instant(rs, "answered_at"), summary(rs.getString("response")),
                        (Boolean) rs.getObject("correct")))
                .list();
    }

    /**
     * A stored response in short: chosen options by the item's own numbers, typed text as typed,
     * gaps and pairs as "gap: answer". Any other field of the JSON is left out.
     */
    static String summary(String json) {
        if (json == null) {
            return null;
        }
        JsonNode node = JSON.readTree(json);
        StringBuilder text = new StringBuilder();
        for (String field : List.of("selected", "gaps", "segment", "correction", "order", "pairs", "text")) {
            JsonNode value = node.path(field);
            if (!value.isMissingNode()) {
                text.append(text.isEmpty() ? "" : " ; ").append(flat(value));
            }
        }
        return text.toString();
    }

    private static String flat(JsonNode value) {
        if (value.isNull()) {
            return "∅";
        }
        if (value.isArray()) {
            List<String> parts = new ArrayList<>();
            value.forEach(v -> parts.add(flat(v)));
            return String.join(", ", parts);
        }
        if (value.isObject()) {
            List<String> parts = new ArrayList<>();
            value.properties().forEach(e -> parts.add(e.getKey() + ": " + flat(e.getValue())));
            return String.join(", ", parts);
        }
        return value.asString();
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp at = rs.getTimestamp(column);
        return at == null ? null : at.toInstant();
    }
}
