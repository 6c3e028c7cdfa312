package fr.plume.tool.sync.infra;

import fr.plume.sync.catalogue.DraftItemSink;
import fr.plume.sync.format.CompetencyLink;
import fr.plume.sync.format.DraftItem;
import java.sql.Timestamp;
import java.time.Clock;
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
public class JdbcDraftQuestions {

    private final JdbcClient jdbc;
    private final Clock clock;

    JdbcDraftQuestions(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The port for one member's harvest. */
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

    public long pendingReview(UUID memberId) {
        return jdbc.sql("""
                SELECT count(*) FROM sync_draft_question
                WHERE member_id = :member AND NOT withdrawn AND review_status = 'PENDING'""")
                .param("member", memberId).query(Long.class).single();
    }
}
