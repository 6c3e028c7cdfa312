package fr.plume.tool.demo.application;

import static fr.plume.tool.demo.application.ServiceRefusals.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

import fr.plume.tool.demo.domain.LineItem;
import fr.plume.tool.demo.domain.Scopes;
import fr.plume.tool.demo.domain.ScoreSubmission;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ListResultsTest {

    private static final Instant T = Instant.parse("2026-05-04T08:00:00Z");

    private final DemoPorts ports = new DemoPorts();
    private final ListResults results = new ListResults(ports.lineItems, ports.gradebook, ports.serviceLog,
            ports.platform);
    private final LineItem column = ports.lineItems.insert("7", "Certification", new BigDecimal("100"), null, null,
            null, false);

    private List<Map<String, Object>> list(String user) {
        return results.list("7", String.valueOf(column.id()), user, ports.grant(Scopes.RESULT_READONLY), "/results");
    }

    @Test
    void writesEachGradeOfTheColumnAsAResult() {
        ports.gradebook.store(column.id(), new ScoreSubmission("202", new BigDecimal("87"), new BigDecimal("100"),
                "Bien", "Completed", "FullyGraded", T));
        ports.gradebook.store(column.id(), new ScoreSubmission("203", null, BigDecimal.ONE, null, "Started",
                "Pending", T));
        LineItem other = ports.lineItems.insert("7", "Autre", BigDecimal.TEN, null, null, null, false);
        ports.gradebook.store(other.id(), new ScoreSubmission("202", BigDecimal.ONE, BigDecimal.TEN, null,
                "Completed", "FullyGraded", T));

        List<Map<String, Object>> all = list(null);

        String lineItem = "https://plume.example/demo/platform/services/7/lineitems/" + column.id() + "/lineitem";
        assertThat(all).hasSize(2);
        assertThat(all.get(0)).containsExactly(Map.entry("id", lineItem + "/results?type_id=1&user_id=202"),
                Map.entry("userId", "202"), Map.entry("resultScore", 87.0), Map.entry("resultMaximum", 100.0),
                Map.entry("comment", "Bien"), Map.entry("scoreOf", lineItem + "?type_id=1"),
                Map.entry("timestamp", "2026-05-04T08:00:00Z"));
        assertThat(all.get(1)).containsOnlyKeys("id", "userId");
        assertThat(list("203")).extracting(r -> r.get("userId")).containsExactly("203");
        assertThat(ports.serviceLog.last().outcome()).isEqualTo("1 results");
    }

    @Test
    void anUnknownColumnIsNotFound() {
        assertRefused(() -> results.list("7", "424242", null, ports.grant(Scopes.RESULT_READONLY), "/results"), 404,
                "Not Found: Grade item 424242 doesn't exist");
    }
}
