package fr.plume.tool.demo.application;

import static fr.plume.tool.demo.application.ServiceRefusals.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

import fr.plume.tool.demo.domain.Grade;
import fr.plume.tool.demo.domain.LineItem;
import fr.plume.tool.demo.domain.Scopes;
import java.math.BigDecimal;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The rules themselves are ScoreRulesTest's; this is the intake around them. */
class ReceiveScoreTest {

    private static final Instant T = Instant.parse("2026-05-04T08:00:00Z");

    private final DemoPorts ports = new DemoPorts();
    private final ReceiveScore receive = new ReceiveScore(ports.lineItems, ports.gradebook, ports.serviceLog);
    private final LineItem column = ports.lineItems.insert("7", "Certification", new BigDecimal("100"), null, null,
            null, false);

    private void post(String itemId, String body) {
        receive.receive("7", itemId, body, ports.grant(Scopes.SCORE), "/scores");
    }

    private static String score(String user, int given, Instant at) {
        return "{\"userId\":\"" + user + "\",\"scoreGiven\":" + given + ",\"scoreMaximum\":100,"
                + "\"activityProgress\":\"Completed\",\"gradingProgress\":\"FullyGraded\",\"timestamp\":\"" + at + "\"}";
    }

    @Test
    void anAcceptedScoreBecomesTheGradeOfTheLockedColumn() {
        post(String.valueOf(column.id()), score("202", 83, T));

        Grade grade = ports.gradebook.find(column.id(), "202").orElseThrow();
        assertThat(grade.scoreGiven()).isEqualByComparingTo("83");
        assertThat(grade.scoreTimestamp()).isEqualTo(T);
        assertThat(ports.lineItems.locked()).containsExactly(column.id());
        assertThat(ports.serviceLog.last().outcome()).isEqualTo("score stored for user 202");
        assertThat(ports.serviceLog.last().clientId()).isEqualTo(DemoPorts.CLIENT_ID);
    }

    @Test
    void aScoreNotNewerThanTheGradeConflictsAndKeepsTheGrade() {
        post(String.valueOf(column.id()), score("202", 83, T));

        assertRefused(() -> post(String.valueOf(column.id()), score("202", 90, T.plusMillis(500))), 409,
                "Refusing score with an earlier timestamp for item " + column.id() + " and user 202");
        assertThat(ports.gradebook.find(column.id(), "202").orElseThrow().scoreGiven()).isEqualByComparingTo("83");
        post(String.valueOf(column.id()), score("202", 87, T.plusSeconds(1)));
        assertThat(ports.gradebook.find(column.id(), "202").orElseThrow().scoreGiven()).isEqualByComparingTo("87");
    }

    @Test
    void refusesTeachersUnknownColumnsAndBadBodiesWithoutStoring() {
        assertRefused(() -> post(String.valueOf(column.id()), score("101", 50, T)), 400,
                "Incorrect score received: user 101 is not gradable in course 7 (only active students are)");
        assertRefused(() -> post("987654", score("203", 50, T)), 404, "Not Found: Grade item 987654 doesn't exist");
        assertRefused(() -> post("x", score("203", 50, T)), 404, "Not Found: Grade item x doesn't exist");
        assertRefused(() -> post(String.valueOf(column.id()), ""), 400, "Empty body");
        assertRefused(() -> receive.receive("999", String.valueOf(column.id()), score("203", 50, T),
                ports.grant(Scopes.SCORE), "/scores"), 404, "Not Found: Course 999 doesn't exist");
        assertThat(ports.gradebook.inCourse("7")).isEmpty();
        assertThat(ports.serviceLog.all()).isEmpty();
    }
}
