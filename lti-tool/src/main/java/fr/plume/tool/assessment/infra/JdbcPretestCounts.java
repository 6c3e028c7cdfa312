package fr.plume.tool.assessment.infra;

import fr.plume.tool.assessment.domain.PretestCounts;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Answers per pretest item, incremented in place so concurrent nodes never lose a count. */
@Repository
class JdbcPretestCounts implements PretestCounts {

    private final JdbcClient jdbc;

    JdbcPretestCounts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Map<UUID, Integer> responses() {
        Map<UUID, Integer> counts = new HashMap<>();
        jdbc.sql("SELECT item_id, responses FROM assessment_pretest_count")
                .query(rs -> {
                    counts.put(rs.getObject("item_id", UUID.class), rs.getInt("responses"));
                });
        return counts;
    }

    @Override
    public void addResponse(UUID itemId) {
        jdbc.sql("""
                INSERT INTO assessment_pretest_count (item_id, responses) VALUES (:item, 1)
                ON CONFLICT (item_id) DO UPDATE SET responses = assessment_pretest_count.responses + 1""")
                .param("item", itemId)
                .update();
    }
}
