package fr.plume.tool.dashboard;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Attempts of a course written straight into the assessment tables, as the assessment module stores
 * them (what a class has done, without replaying hundreds of answers through HTTP).
 */
public final class ClassResultsFixture {

    private final JdbcClient jdbc;
    private final UUID memberId;
    private final UUID contextId;

    public ClassResultsFixture(JdbcClient jdbc, UUID memberId, UUID contextId) {
        this.jdbc = jdbc;
        this.memberId = memberId;
        this.contextId = contextId;
    }

    /** A completed attempt with its overall level (null: none), valid. */
    public UUID completed(UUID user, UUID link, String mode, Integer level, Instant startedAt, Instant completedAt) {
        return attempt(user, link, mode, "COMPLETED", level, startedAt, completedAt);
    }

    public UUID inProgress(UUID user, UUID link, String mode, Instant startedAt) {
        return attempt(user, link, mode, "IN_PROGRESS", null, startedAt, null);
    }

    private UUID attempt(UUID user, UUID link, String mode, String status, Integer level, Instant startedAt,
            Instant completedAt) {
        UUID id = UUID.randomUUID();
        boolean certifying = "CERTIFICATION".equals(mode);
        jdbc.sql("""
                        INSERT INTO assessment_attempt (id, member_id, user_id, resource_link_id, context_id, mode, seed,
                               accessible_items, scoring_version, started_at, status, completed_at, level, valid,
                               certification_id, certification_seat)
                        VALUES (:id, :member, :user, :link, :context, :mode, 1, false, 'test', :started, :status,
                                :completed, :level, :valid, :cert, :seat)""")
                .param("id", id).param("member", memberId).param("user", user).param("link", link)
                .param("context", contextId).param("mode", mode).param("started", Timestamp.from(startedAt))
                .param("status", status).param("completed", completedAt == null ? null : Timestamp.from(completedAt))
                .param("level", level).param("valid", completedAt == null ? null : Boolean.TRUE)
                .param("cert", certifying ? "certification-" + id : null).param("seat", certifying ? 1 : null)
                .update();
        return id;
    }

    /** The level the attempt reported on one competency, with the estimate's uncertainty. */
    public void level(UUID attempt, String competency, int level, double levelProbability, double standardError,
            int itemCount) {
        jdbc.sql("""
                        INSERT INTO assessment_attempt_competency (attempt_id, member_id, competency, theta,
                               standard_error, level, level_probability, item_count)
                        VALUES (:a, :m, :c, 0, :se, :level, :p, :n)""")
                .param("a", attempt).param("m", memberId).param("c", competency).param("se", standardError)
                .param("level", level).param("p", levelProbability).param("n", itemCount).update();
    }

    /** An answered item ({@code correct} null: awaiting marking) with its stored response. */
    public void answer(UUID attempt, int position, UUID item, String competency, Boolean correct, String responseJson,
            Instant at) {
        jdbc.sql("""
                        INSERT INTO assessment_attempt_item (attempt_id, position, member_id, item_id, competency, family,
                               a, b, accessible, parameters_version, token, shown_at, answered_at, response, correct, credit)
                        VALUES (:a, :p, :m, :item, :c, :family, 1, 0, true, 'prior', :token, :at, :at,
                                CAST(:response AS jsonb), :correct, :credit)""")
                .param("a", attempt).param("p", position).param("m", memberId).param("item", item)
                .param("c", competency).param("family", "f-" + item).param("token", UUID.randomUUID().toString())
                .param("at", Timestamp.from(at)).param("response", responseJson).param("correct", correct)
                .param("credit", correct == null ? null : correct ? 1.0 : 0.0).update();
    }

    /** The certification result of a valid certifying attempt, published (its level may then leave the tool). */
    public void published(UUID attempt, Instant at) {
        result(attempt, "PUBLISHED", at);
    }

    public void awaitingPublication(UUID attempt, Instant at) {
        result(attempt, "AWAITING_PUBLICATION", at);
    }

    private void result(UUID attempt, String status, Instant at) {
        boolean published = "PUBLISHED".equals(status);
        jdbc.sql("""
                        INSERT INTO assessment_certification_result (attempt_id, member_id, status, recorded_at,
                               published_at, published_by)
                        VALUES (:a, :m, :s, :at, :pub, :by)""")
                .param("a", attempt).param("m", memberId).param("s", status).param("at", Timestamp.from(at))
                .param("pub", published ? Timestamp.from(at) : null).param("by", published ? "officer" : null)
                .update();
    }
}
