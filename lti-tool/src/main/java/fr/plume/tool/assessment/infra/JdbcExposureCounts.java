package fr.plume.tool.assessment.infra;

import fr.plume.tool.assessment.domain.ExposureCounts;
import fr.plume.tool.assessment.engine.cat.TestMode;
import java.util.HashSet;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Running exposure counts, incremented in the transaction that shows the item (so a rolled-back
 * request counts nothing). Consortium-wide like the bank: counts only, no member data.
 */
@Repository
class JdbcExposureCounts implements ExposureCounts {

    private final JdbcClient jdbc;

    JdbcExposureCounts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void countCandidate(TestMode mode) {
        jdbc.sql("""
                INSERT INTO assessment_exposure_candidates (mode, candidates) VALUES (:mode, 1)
                ON CONFLICT (mode) DO UPDATE SET candidates = assessment_exposure_candidates.candidates + 1""")
                .param("mode", mode.name())
                .update();
    }

    @Override
    public void countGiven(TestMode mode, String itemId) {
        jdbc.sql("""
                INSERT INTO assessment_exposure_count (mode, item_id, given) VALUES (:mode, :item, 1)
                ON CONFLICT (mode, item_id) DO UPDATE SET given = assessment_exposure_count.given + 1""")
                .param("mode", mode.name()).param("item", itemId)
                .update();
    }

    @Override
    public long candidates(TestMode mode) {
        return jdbc.sql("SELECT candidates FROM assessment_exposure_candidates WHERE mode = :mode")
                .param("mode", mode.name())
                .query(Long.class).optional().orElse(0L);
    }

    @Override
    public Set<String> givenAtLeast(TestMode mode, long times) {
        return new HashSet<>(jdbc.sql("SELECT item_id FROM assessment_exposure_count WHERE mode = :mode AND given >= :times")
                .param("mode", mode.name()).param("times", times)
                .query(String.class).list());
    }
}
