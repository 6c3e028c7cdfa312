package fr.plume.tool.sync.infra;

import fr.plume.sync.catalogue.DraftItemSink;
import fr.plume.sync.format.CompetencyLink;
import fr.plume.sync.format.DraftItem;
import fr.plume.tool.sync.domain.DraftQuestions;
import fr.plume.tool.sync.domain.PendingDraft;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * moodle-sync's draft-item port over {@code sync_draft_question}: harvested questions wait there
 * for an author's review, per member (questions come from a member's files).
 */
@Repository
public class JdbcDraftQuestions implements DraftQuestions {

    private final JdbcClient jdbc;
    private final Clock clock;

    JdbcDraftQuestions(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The port for one member's harvest. */
    @Override
    public DraftItemSink forMember(UUID memberId) {
        return new DraftItemSink() {
            @Override
            public Optional<String> contentHashOf(String sourceId) {
                return jdbc.sql("""
                        SELECT content_hash FROM sync_draft_question
                        WHERE member_id = :member AND source_id = :sourceId AND NOT withdrawn""")
                        .param("member", memberId).param("sourceId", sourceId).query(String.class).optional();
            }

            @Override
            public void upsert(String origin, DraftItem item) {
                jdbc.sql("""
                        INSERT INTO sync_draft_question (id, member_id, source_id, origin, question_type, name,
                            competency_codes, content, content_hash, withdrawn, updated_at)
                        VALUES (:id, :member, :sourceId, :origin, :type, :name, :codes, CAST(:content AS JSONB), :hash,
                            FALSE, :now)
                        ON CONFLICT (member_id, source_id) DO UPDATE SET origin = EXCLUDED.origin,
                            question_type = EXCLUDED.question_type, name = EXCLUDED.name,
                            competency_codes = EXCLUDED.competency_codes, content = EXCLUDED.content,
                            content_hash = EXCLUDED.content_hash, withdrawn = FALSE, withdrawal_reason = NULL,
                            review_status = 'PENDING', updated_at = EXCLUDED.updated_at""")
                        .param("id", UUID.randomUUID()).param("member", memberId).param("sourceId", item.sourceId())
                        .param("origin", origin).param("type", item.type().name()).param("name", item.name())
                        .param("codes", item.competencies().stream().map(CompetencyLink::code).toArray(String[]::new))
                        .param("content", SyncJson.write(item)).param("hash", item.contentHash())
                        .param("now", Timestamp.from(clock.instant()))
                        .update();
            }

            @Override
            public void withdraw(String sourceId, String reason) {
                jdbc.sql("""
                        UPDATE sync_draft_question SET withdrawn = TRUE, withdrawal_reason = :reason, updated_at = :now
                        WHERE member_id = :member AND source_id = :sourceId""")
                        .param("reason", reason).param("now", Timestamp.from(clock.instant()))
                        .param("member", memberId).param("sourceId", sourceId).update();
            }

            @Override
            public Set<String> activeSourceIds(String origin) {
                return new HashSet<>(jdbc.sql("""
                        SELECT source_id FROM sync_draft_question
                        WHERE member_id = :member AND origin = :origin AND NOT withdrawn""")
                        .param("member", memberId).param("origin", origin).query(String.class).list());
            }
        };
    }

    @Override
    public List<PendingDraft> pending(UUID memberId, int limit) {
        return jdbc.sql("""
                SELECT id, origin, source_id, content, updated_at FROM sync_draft_question
                 WHERE member_id = :member AND NOT withdrawn AND review_status = 'PENDING'
                 ORDER BY origin, name, id LIMIT :limit""")
                .param("member", memberId).param("limit", limit)
                .query((rs, n) -> pendingDraft(rs)).list();
    }

    @Override
    public Optional<PendingDraft> findPending(UUID memberId, UUID id) {
        return jdbc.sql("""
                SELECT id, origin, source_id, content, updated_at FROM sync_draft_question
                 WHERE member_id = :member AND id = :id AND NOT withdrawn AND review_status = 'PENDING'""")
                .param("member", memberId).param("id", id)
                .query((rs, n) -> pendingDraft(rs)).optional();
    }

    /** Records the decision on a pending draft of this content; false when it changed or was decided meanwhile. */
    @Override
    public boolean decide(UUID memberId, UUID id, String contentHash, boolean accepted, UUID itemId, String by) {
        return jdbc.sql("""
                UPDATE sync_draft_question SET review_status = :status, item_id = :item, reviewed_by = :by,
                       reviewed_at = :now
                 WHERE member_id = :member AND id = :id AND content_hash = :hash AND NOT withdrawn
                   AND review_status = 'PENDING'""")
                .param("status", accepted ? "ACCEPTED" : "REJECTED").param("item", itemId).param("by", by)
                .param("now", Timestamp.from(clock.instant())).param("member", memberId).param("id", id)
                .param("hash", contentHash)
                .update() == 1;
    }

    @Override
    public Optional<String> status(UUID memberId, UUID id) {
        return jdbc.sql("SELECT review_status FROM sync_draft_question WHERE member_id = :member AND id = :id")
                .param("member", memberId).param("id", id).query(String.class).optional();
    }

    private static PendingDraft pendingDraft(ResultSet rs) throws SQLException {
        return new PendingDraft(rs.getObject("id", UUID.class), rs.getString("origin"), rs.getString("source_id"),
                SyncJson.JSON.readValue(rs.getString("content"), DraftItem.class),
                rs.getTimestamp("updated_at").toInstant());
    }

    @Override
    public long pendingReview(UUID memberId) {
        return jdbc.sql("""
                SELECT count(*) FROM sync_draft_question
                WHERE member_id = :member AND NOT withdrawn AND review_status = 'PENDING'""")
                .param("member", memberId).query(Long.class).single();
    }
}
