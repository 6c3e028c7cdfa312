package fr.plume.tool.sync.infra;

import fr.plume.sync.catalogue.RatingLedger;
import fr.plume.tool.sync.api.PushedRatings;
import fr.plume.tool.sync.domain.RatingLedgers;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * moodle-sync's rating ledger over {@code sync_rating_ledger}. Each grade is recorded as soon as
 * Moodle accepted it, so a run that stops half-way does not send the same evidence again.
 */
@Repository
public class JdbcRatingLedger implements RatingLedgers, PushedRatings {

    private final JdbcClient jdbc;

    JdbcRatingLedger(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The ledger of one member's site; the job's site name is that site's, so the key is its id. */
    @Override
    public RatingLedger forSite(UUID memberId, UUID siteId) {
        return new RatingLedger() {
            @Override
            public Optional<Integer> lastPushedGrade(String siteName, long courseId, long userId, UUID competency) {
                return jdbc.sql("""
                        SELECT grade FROM sync_rating_ledger
                         WHERE member_id = :member AND site_id = :site AND course_id = :course
                           AND moodle_user_id = :user AND competency_idnumber = :competency""")
                        .param("member", memberId).param("site", siteId).param("course", courseId)
                        .param("user", userId).param("competency", competency)
                        .query(Integer.class).optional();
            }

            @Override
            public void recordPushed(String siteName, long courseId, long userId, UUID competency, int grade,
                    Instant at) {
                jdbc.sql("""
                        INSERT INTO sync_rating_ledger (member_id, site_id, course_id, moodle_user_id,
                            competency_idnumber, grade, pushed_at)
                        VALUES (:member, :site, :course, :user, :competency, :grade, :at)
                        ON CONFLICT (member_id, site_id, course_id, moodle_user_id, competency_idnumber)
                        DO UPDATE SET grade = EXCLUDED.grade, pushed_at = EXCLUDED.pushed_at""")
                        .param("member", memberId).param("site", siteId).param("course", courseId)
                        .param("user", userId).param("competency", competency).param("grade", grade)
                        .param("at", Timestamp.from(at))
                        .update();
            }
        };
    }

    @Override
    public int deleteRatingsPushedBefore(Instant cutoff) {
        return jdbc.sql("DELETE FROM sync_rating_ledger WHERE pushed_at < :cutoff")
                .param("cutoff", Timestamp.from(cutoff)).update();
    }

    @Override
    public long pushedCount(UUID memberId, UUID siteId) {
        return jdbc.sql("SELECT count(*) FROM sync_rating_ledger WHERE member_id = :member AND site_id = :site")
                .param("member", memberId).param("site", siteId).query(Long.class).single();
    }
}
