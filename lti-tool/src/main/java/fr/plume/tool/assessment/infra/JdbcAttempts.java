package fr.plume.tool.assessment.infra;

import fr.plume.framework.content.Response;
import fr.plume.tool.assessment.domain.AbilityPosterior;
import fr.plume.tool.assessment.domain.Attempt;
import fr.plume.tool.assessment.domain.AttemptProgress;
import fr.plume.tool.assessment.domain.AttemptSummary;
import fr.plume.tool.assessment.domain.Attempts;
import fr.plume.tool.assessment.domain.CertificationSeat;
import fr.plume.tool.assessment.domain.AttemptStatus;
import fr.plume.tool.assessment.domain.CompetencyResult;
import fr.plume.tool.assessment.domain.EndReason;
import fr.plume.tool.assessment.domain.ShownItem;
import fr.plume.tool.assessment.domain.Validity;
import fr.plume.tool.assessment.engine.AbilityEstimate;
import fr.plume.tool.assessment.engine.CompetencyEstimate;
import fr.plume.tool.assessment.engine.ItemParameters;
import fr.plume.tool.assessment.engine.cat.TestMode;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Attempts, shown items and results. Every statement filters on member_id (DESIGN §4). */
@Repository
class JdbcAttempts implements Attempts {

    private static final String ATTEMPT_COLUMNS = """
            id, member_id, user_id, resource_link_id, context_id, mode, competencies, seed, accessible_items,
            extra_time_percent, scoring_version, started_at, deadline, status, end_reason, completed_at, writing, valid,
            invalid_reason""";

    private final JdbcClient jdbc;

    JdbcAttempts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void insert(Attempt attempt) {
        jdbc.sql("""
                INSERT INTO assessment_attempt (id, member_id, user_id, resource_link_id, context_id, mode, competencies,
                    seed, accessible_items, extra_time_percent, scoring_version, started_at, deadline, status, writing)
                VALUES (:id, :member, :user, :link, :context, :mode, :competencies, :seed, :accessible, :extra,
                    :scoring, :started, :deadline, :status, :writing)""")
                .param("id", attempt.id()).param("member", attempt.memberId()).param("user", attempt.userId())
                .param("link", attempt.resourceLinkId()).param("context", attempt.contextId())
                .param("mode", attempt.mode().name())
                .param("competencies", attempt.competencies().stream().sorted().toArray(String[]::new))
                .param("seed", attempt.seed()).param("accessible", attempt.accessibleItems())
                .param("extra", attempt.extraTimePercent()).param("scoring", attempt.scoringVersion())
                .param("started", ts(attempt.startedAt())).param("deadline", ts(attempt.deadline()))
                .param("status", attempt.status().name()).param("writing", attempt.writing())
                .update();
    }

    /** The attempt of this student, or empty when it belongs to someone else. */
    @Override
    public Optional<Attempt> find(UUID memberId, UUID userId, UUID attemptId) {
        return jdbc.sql("SELECT " + ATTEMPT_COLUMNS + " FROM assessment_attempt"
                        + " WHERE member_id = :member AND user_id = :user AND id = :id")
                .param("member", memberId).param("user", userId).param("id", attemptId)
                .query(JdbcAttempts::attempt).optional();
    }

    /** Same as {@link #find} and locks the row until the transaction ends: one request per attempt at a time. */
    @Override
    public Optional<AttemptProgress> lock(UUID memberId, UUID userId, UUID attemptId) {
        return jdbc.sql("SELECT " + ATTEMPT_COLUMNS + ", log_posterior, log_posterior_answers FROM assessment_attempt"
                        + " WHERE member_id = :member AND user_id = :user AND id = :id FOR UPDATE")
                .param("member", memberId).param("user", userId).param("id", attemptId)
                .query((rs, n) -> new AttemptProgress(attempt(rs, n), List.of(), posterior(rs)))
                .optional()
                .map(locked -> new AttemptProgress(locked.attempt(), shown(memberId, attemptId), locked.posterior()));
    }

    private static AbilityPosterior posterior(ResultSet rs) throws SQLException {
        Array values = rs.getArray("log_posterior");
        if (values == null) {
            return null;
        }
        Double[] boxed = (Double[]) values.getArray();
        return new AbilityPosterior(Arrays.stream(boxed).mapToDouble(Double::doubleValue).toArray(),
                rs.getInt("log_posterior_answers"));
    }

    @Override
    public List<Attempt> ofUser(UUID memberId, UUID userId) {
        return jdbc.sql("SELECT " + ATTEMPT_COLUMNS + " FROM assessment_attempt"
                        + " WHERE member_id = :member AND user_id = :user ORDER BY started_at DESC")
                .param("member", memberId).param("user", userId)
                .query(JdbcAttempts::attempt).list();
    }

    /**
     * Inserts a certifying attempt on seat {@code seat} of this person and certification; false
     * when that seat is already taken (a concurrent start, on this node or another): the unique
     * index {@code assessment_attempt_certification_seat} lets only one of them in.
     */
    @Override
    public boolean insertCertifying(Attempt attempt, String certificationId, int seat) {
        return jdbc.sql("""
                INSERT INTO assessment_attempt (id, member_id, user_id, resource_link_id, context_id, mode, competencies,
                    seed, accessible_items, extra_time_percent, scoring_version, started_at, deadline, status, writing,
                    certification_id, certification_seat)
                VALUES (:id, :member, :user, :link, :context, 'CERTIFICATION', '{}', :seed, :accessible, :extra,
                    :scoring, :started, :deadline, :status, FALSE, :certification, :seat)
                ON CONFLICT DO NOTHING""")
                .param("id", attempt.id()).param("member", attempt.memberId()).param("user", attempt.userId())
                .param("link", attempt.resourceLinkId()).param("context", attempt.contextId())
                .param("seed", attempt.seed()).param("accessible", attempt.accessibleItems())
                .param("extra", attempt.extraTimePercent()).param("scoring", attempt.scoringVersion())
                .param("started", ts(attempt.startedAt())).param("deadline", ts(attempt.deadline()))
                .param("status", attempt.status().name()).param("certification", certificationId).param("seat", seat)
                .update() == 1;
    }

    /** The certifying attempts of this person at this certification, in seat order. */
    @Override
    public List<CertificationSeat> certificationSeats(UUID memberId, UUID userId, String certificationId) {
        return jdbc.sql("SELECT certification_seat, " + ATTEMPT_COLUMNS + " FROM assessment_attempt"
                        + " WHERE member_id = :member AND user_id = :user AND mode = 'CERTIFICATION'"
                        + " AND certification_id = :certification ORDER BY certification_seat")
                .param("member", memberId).param("user", userId).param("certification", certificationId)
                .query((rs, n) -> new CertificationSeat(rs.getInt("certification_seat"), attempt(rs, n))).list();
    }

    @Override
    public void insertShown(UUID memberId, ShownItem shown) {
        ItemParameters p = shown.parameters();
        jdbc.sql("""
                INSERT INTO assessment_attempt_item (attempt_id, position, member_id, item_id, competency, family, a, b,
                    accessible, parameters_version, token, shown_at, pretest)
                VALUES (:attempt, :position, :member, :item, :competency, :family, :a, :b, :accessible, :version,
                    :token, :shown, :pretest)""")
                .param("attempt", shown.attemptId()).param("position", shown.position()).param("member", memberId)
                .param("item", shown.itemId()).param("competency", p.competencyCode()).param("family", p.familyId())
                .param("a", p.a()).param("b", p.b()).param("accessible", p.accessible())
                .param("version", shown.parametersVersion()).param("token", shown.token())
                .param("shown", ts(shown.shownAt())).param("pretest", shown.pretest())
                .update();
        if (shown.itemVersion() > 1) {
            jdbc.sql("""
                    INSERT INTO assessment_attempt_item_version (attempt_id, position, member_id, item_version)
                    VALUES (:attempt, :position, :member, :itemVersion)""")
                    .param("attempt", shown.attemptId()).param("position", shown.position()).param("member", memberId)
                    .param("itemVersion", shown.itemVersion())
                    .update();
        }
    }

    @Override
    public List<ShownItem> shown(UUID memberId, UUID attemptId) {
        return jdbc.sql("""
                SELECT i.attempt_id, i.position, i.item_id, i.competency, i.family, i.a, i.b, i.accessible,
                       i.parameters_version, i.token, i.shown_at, i.answered_at, i.correct, i.credit,
                       coalesce(v.item_version, 1) AS item_version, i.pretest
                  FROM assessment_attempt_item i
                  LEFT JOIN assessment_attempt_item_version v ON v.attempt_id = i.attempt_id AND v.position = i.position
                 WHERE i.member_id = :member AND i.attempt_id = :attempt ORDER BY i.position""")
                .param("member", memberId).param("attempt", attemptId)
                .query(JdbcAttempts::shownItem).list();
    }

    /** Saves the answer to the pending item holding this token; false when the token is not the pending one. */
    @Override
    public boolean saveAnswer(UUID memberId, UUID attemptId, int position, String token, Response canonical,
            boolean correct, double credit, Instant at, AbilityPosterior posterior) {
        boolean saved = jdbc.sql("""
                UPDATE assessment_attempt_item
                   SET answered_at = :at, response = CAST(:response AS jsonb), correct = :correct, credit = :credit
                 WHERE member_id = :member AND attempt_id = :attempt AND position = :position AND token = :token
                   AND answered_at IS NULL""")
                .param("at", ts(at)).param("response", ResponseJson.write(canonical)).param("correct", correct)
                .param("credit", credit).param("member", memberId).param("attempt", attemptId)
                .param("position", position).param("token", token)
                .update() == 1;
        if (saved) {
            jdbc.sql("""
                    UPDATE assessment_attempt SET log_posterior = :posterior, log_posterior_answers = :answers
                     WHERE member_id = :member AND id = :id""")
                    .param("posterior", Arrays.stream(posterior.logDensity()).boxed().toArray(Double[]::new))
                    .param("answers", posterior.answers()).param("member", memberId).param("id", attemptId)
                    .update();
        }
        return saved;
    }

    @Override
    public void savePrior(UUID memberId, UUID attemptId, AbilityPosterior prior) {
        jdbc.sql("""
                UPDATE assessment_attempt SET log_posterior = :posterior, log_posterior_answers = :answers
                 WHERE member_id = :member AND id = :id""")
                .param("posterior", Arrays.stream(prior.logDensity()).boxed().toArray(Double[]::new))
                .param("answers", prior.answers()).param("member", memberId).param("id", attemptId)
                .update();
    }

    /** Item ids this student was shown in their other attempts (avoided while the bank allows). */
    @Override
    public Set<String> seenElsewhere(UUID memberId, UUID userId, UUID attemptId) {
        return new HashSet<>(jdbc.sql("""
                SELECT DISTINCT i.item_id::text FROM assessment_attempt_item i
                  JOIN assessment_attempt a ON a.id = i.attempt_id AND a.member_id = i.member_id
                 WHERE i.member_id = :member AND a.user_id = :user AND a.id <> :attempt""")
                .param("member", memberId).param("user", userId).param("attempt", attemptId)
                .query(String.class).list());
    }

    /** Every answered item of the student in diagnostic and formative attempts, oldest first. */
    @Override
    public List<ShownItem> answeredForMastery(UUID memberId, UUID userId) {
        return jdbc.sql("""
                SELECT i.attempt_id, i.position, i.item_id, i.competency, i.family, i.a, i.b, i.accessible,
                       i.parameters_version, i.token, i.shown_at, i.answered_at, i.correct, i.credit,
                       coalesce(v.item_version, 1) AS item_version, i.pretest
                  FROM assessment_attempt_item i
                  LEFT JOIN assessment_attempt_item_version v ON v.attempt_id = i.attempt_id AND v.position = i.position
                  JOIN assessment_attempt a ON a.id = i.attempt_id AND a.member_id = i.member_id
                 WHERE i.member_id = :member AND a.user_id = :user AND a.mode IN ('DIAGNOSTIC', 'FORMATIVE')
                   AND i.answered_at IS NOT NULL AND i.correct IS NOT NULL AND NOT i.pretest
                 ORDER BY i.answered_at, i.position""")
                .param("member", memberId).param("user", userId)
                .query(JdbcAttempts::shownItem).list();
    }

    @Override
    public void complete(Attempt attempt, EndReason reason, Instant at, Validity validity, AbilityEstimate estimate,
            int scoreMaximum) {
        jdbc.sql("""
                UPDATE assessment_attempt SET status = 'COMPLETED', end_reason = :reason, completed_at = :at,
                       theta = :theta, standard_error = :se, level = :level, scaled_score = :score, score_maximum = :max,
                       valid = :valid, invalid_reason = :invalid
                 WHERE member_id = :member AND id = :id AND status = 'IN_PROGRESS'""")
                .param("valid", validity.valid()).param("invalid", validity.reason())
                .param("reason", reason.name()).param("at", ts(at)).param("theta", estimate.theta())
                .param("se", estimate.standardError()).param("level", estimate.level())
                .param("score", estimate.scaledScore()).param("max", scoreMaximum)
                .param("member", attempt.memberId()).param("id", attempt.id())
                .update();
        for (CompetencyEstimate c : estimate.competencies().values()) {
            jdbc.sql("""
                    INSERT INTO assessment_attempt_competency (attempt_id, member_id, competency, theta, standard_error,
                        level, level_probability, item_count)
                    VALUES (:attempt, :member, :competency, :theta, :se, :level, :p, :count)""")
                    .param("attempt", attempt.id()).param("member", attempt.memberId())
                    .param("competency", c.competencyCode()).param("theta", c.theta()).param("se", c.standardError())
                    .param("level", c.level()).param("p", c.levelProbability()).param("count", c.itemCount())
                    .update();
        }
    }

    /** Ends a writing session: its essay waits for a teacher, so there is no estimate to store. */
    @Override
    public void completeWithoutScore(Attempt attempt, EndReason reason, Instant at) {
        jdbc.sql("""
                UPDATE assessment_attempt SET status = 'COMPLETED', end_reason = :reason, completed_at = :at,
                       valid = TRUE, invalid_reason = NULL
                 WHERE member_id = :member AND id = :id AND status = 'IN_PROGRESS'""")
                .param("reason", reason.name()).param("at", ts(at))
                .param("member", attempt.memberId()).param("id", attempt.id())
                .update();
    }

    /**
     * Marks the pending item answered without a verdict ({@code correct} stays null: awaiting human
     * marking), so no estimate ever counts it; false when the token is not the pending one.
     */
    @Override
    public boolean saveAwaitingMarking(UUID memberId, UUID attemptId, int position, String token, Instant at) {
        return jdbc.sql("""
                UPDATE assessment_attempt_item SET answered_at = :at
                 WHERE member_id = :member AND attempt_id = :attempt AND position = :position AND token = :token
                   AND answered_at IS NULL""")
                .param("at", ts(at)).param("member", memberId).param("attempt", attemptId)
                .param("position", position).param("token", token)
                .update() == 1;
    }

    @Override
    public Optional<AttemptSummary> summary(UUID memberId, UUID attemptId) {
        return jdbc.sql("""
                SELECT level, scaled_score, score_maximum, standard_error FROM assessment_attempt
                 WHERE member_id = :member AND id = :id AND status = 'COMPLETED'""")
                .param("member", memberId).param("id", attemptId)
                .query((rs, n) -> new AttemptSummary(rs.getInt("level"), rs.getInt("scaled_score"), rs.getInt("score_maximum"),
                        rs.getDouble("standard_error")))
                .optional();
    }

    @Override
    public List<CompetencyResult> competencyResults(UUID memberId, UUID attemptId) {
        return jdbc.sql("""
                SELECT competency, theta, standard_error, level, level_probability, item_count
                  FROM assessment_attempt_competency WHERE member_id = :member AND attempt_id = :attempt
                 ORDER BY competency""")
                .param("member", memberId).param("attempt", attemptId)
                .query((rs, n) -> new CompetencyResult(rs.getString("competency"), rs.getDouble("theta"),
                        rs.getDouble("standard_error"), rs.getInt("level"), rs.getDouble("level_probability"),
                        rs.getInt("item_count")))
                .list();
    }

    @Override
    public void saveMastery(UUID memberId, UUID userId, List<CompetencyResult> results, Instant at) {
        results.forEach(result -> saveMastery(memberId, userId, result, at));
    }

    private void saveMastery(UUID memberId, UUID userId, CompetencyResult result, Instant at) {
        jdbc.sql("""
                INSERT INTO assessment_mastery (member_id, user_id, competency, theta, standard_error, level, item_count,
                    updated_at)
                VALUES (:member, :user, :competency, :theta, :se, :level, :count, :at)
                ON CONFLICT (member_id, user_id, competency) DO UPDATE SET theta = EXCLUDED.theta,
                    standard_error = EXCLUDED.standard_error, level = EXCLUDED.level,
                    item_count = EXCLUDED.item_count, updated_at = EXCLUDED.updated_at""")
                .param("member", memberId).param("user", userId).param("competency", result.competency())
                .param("theta", result.theta()).param("se", result.standardError()).param("level", result.level())
                .param("count", result.itemCount()).param("at", ts(at))
                .update();
    }

    @Override
    public List<CompetencyResult> mastery(UUID memberId, UUID userId) {
        return jdbc.sql("""
                SELECT competency, theta, standard_error, level, item_count FROM assessment_mastery
                 WHERE member_id = :member AND user_id = :user ORDER BY competency""")
                .param("member", memberId).param("user", userId)
                .query((rs, n) -> new CompetencyResult(rs.getString("competency"), rs.getDouble("theta"),
                        rs.getDouble("standard_error"), rs.getInt("level"), Double.NaN, rs.getInt("item_count")))
                .list();
    }

    private static Attempt attempt(ResultSet rs, int row) throws SQLException {
        Array competencies = rs.getArray("competencies");
        Set<String> codes = competencies == null ? Set.of() : Set.copyOf(Arrays.asList((String[]) competencies.getArray()));
        String reason = rs.getString("end_reason");
        Object valid = rs.getObject("valid");
        Validity validity = valid == null ? null
                : (Boolean) valid ? Validity.VALID : new Validity(false, rs.getString("invalid_reason"));
        return new Attempt(rs.getObject("id", UUID.class), rs.getObject("member_id", UUID.class),
                rs.getObject("user_id", UUID.class), rs.getObject("resource_link_id", UUID.class),
                rs.getObject("context_id", UUID.class), TestMode.valueOf(rs.getString("mode")), codes,
                rs.getLong("seed"), rs.getBoolean("accessible_items"), rs.getInt("extra_time_percent"),
                rs.getString("scoring_version"), instant(rs, "started_at"), instant(rs, "deadline"),
                AttemptStatus.valueOf(rs.getString("status")), reason == null ? null : EndReason.valueOf(reason),
                instant(rs, "completed_at"), rs.getBoolean("writing"), validity);
    }

    private static ShownItem shownItem(ResultSet rs, int row) throws SQLException {
        String itemId = rs.getString("item_id");
        ItemParameters parameters = new ItemParameters(itemId, rs.getString("competency"), rs.getString("family"),
                rs.getDouble("a"), rs.getDouble("b"), rs.getBoolean("accessible"));
        Boolean correct = rs.getObject("correct") == null ? null : rs.getBoolean("correct");
        Double credit = rs.getObject("credit") == null ? null : rs.getDouble("credit");
        return new ShownItem(rs.getObject("attempt_id", UUID.class), rs.getInt("position"), UUID.fromString(itemId),
                parameters, rs.getString("parameters_version"), rs.getString("token"), instant(rs, "shown_at"),
                instant(rs, "answered_at"), correct, credit, rs.getInt("item_version"), rs.getBoolean("pretest"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp value = rs.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }

    private static Timestamp ts(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }
}
