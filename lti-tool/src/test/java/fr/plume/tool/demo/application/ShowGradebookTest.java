package fr.plume.tool.demo.application;

import static org.assertj.core.api.Assertions.assertThat;

import fr.plume.tool.demo.domain.LineItem;
import fr.plume.tool.demo.domain.ScoreSubmission;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ShowGradebookTest {

    private final DemoPorts ports = new DemoPorts();
    private final ShowGradebook show = new ShowGradebook(ports.activities, ports.lineItems, ports.gradebook,
            ports.serviceLog);

    @Test
    void aColumnPerLineItemARowPerGradableStudentAndTheGrades() {
        long activity = ports.activities.insert("7", "Positionnement", null, null, Map.of(), null);
        LineItem coupled = ports.lineItems.insert("7", "Positionnement", new BigDecimal("100"), null, null, activity, true);
        LineItem manual = ports.lineItems.insert("7", "Module 1", BigDecimal.TEN, "m1", null, null, false);
        ports.gradebook.store(manual.id(), new ScoreSubmission("203", new BigDecimal("8"), BigDecimal.TEN, null,
                "Completed", "FullyGraded", Instant.parse("2026-05-04T08:00:00Z")));

        ShowGradebook.GradebookPage page = show.show();

        assertThat(page.columns()).containsExactly(coupled, manual);
        assertThat(page.students()).extracting(s -> s.id()).containsExactly("201", "202", "203");
        assertThat(page.grades()).containsOnlyKeys(manual.id() + "/203");
        assertThat(page.activityTitles()).containsExactly(Map.entry(activity, "Positionnement"));
    }

    @Test
    void showsTheLatest25ServiceCallsNewestFirst() {
        for (int i = 1; i <= 30; i++) {
            ports.serviceLog.record("GET", "/call/" + i, null, 200, null, "ok");
        }

        ShowGradebook.GradebookPage page = show.show();

        assertThat(page.requests()).hasSize(25);
        assertThat(page.requests().get(0).path()).isEqualTo("/call/30");
    }
}
