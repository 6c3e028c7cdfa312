package fr.plume.tool.demo.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ScoreRulesTest {

    private static final String COURSE = DemoCatalogue.COURSE.id();
    private static final String STUDENT = "201";

    private static Map<String, Object> score(String user, String timestamp) {
        Map<String, Object> body = new HashMap<>();
        body.put("userId", user);
        body.put("timestamp", timestamp);
        body.put("scoreGiven", 83);
        body.put("scoreMaximum", 100);
        body.put("activityProgress", "Completed");
        body.put("gradingProgress", "FullyGraded");
        body.put("comment", "Bien");
        return body;
    }

    private static Grade stored(String timestamp) {
        return new Grade(1, STUDENT, BigDecimal.TEN, BigDecimal.valueOf(100), null, "Completed", "FullyGraded",
                Instant.parse(timestamp), Instant.parse(timestamp));
    }

    @Test
    void acceptsAFullyGradedScoreOfAStudent() {
        ScoreVerdict verdict = ScoreRules.judge(score(STUDENT, "2026-05-04T10:00:00.123+02:00"), COURSE, 1, Optional.empty());

        assertThat(verdict).isInstanceOfSatisfying(ScoreVerdict.Accepted.class, a -> {
            assertThat(a.score().scoreGiven()).isEqualByComparingTo("83");
            assertThat(a.score().scoreMaximum()).isEqualByComparingTo("100");
            assertThat(a.score().timestamp()).isEqualTo(Instant.parse("2026-05-04T08:00:00.123Z"));
            assertThat(a.score().comment()).isEqualTo("Bien");
        });
    }

    @Test
    void refusesATeacherWith400AndSaysWhy() {
        ScoreVerdict verdict = ScoreRules.judge(score("101", "2026-05-04T10:00:00Z"), COURSE, 1, Optional.empty());

        assertThat(verdict).isEqualTo(new ScoreVerdict.Refused(400,
                "Incorrect score received: user 101 is not gradable in course 7 (only active students are)"));
    }

    @Test
    void refusesUnknownAndSuspendedUsers() {
        assertThat(ScoreRules.judge(score("999", "2026-05-04T10:00:00Z"), COURSE, 1, Optional.empty()))
                .isInstanceOfSatisfying(ScoreVerdict.Refused.class, r -> assertThat(r.status()).isEqualTo(400));
        assertThat(ScoreRules.judge(score("204", "2026-05-04T10:00:00Z"), COURSE, 1, Optional.empty()))
                .isInstanceOfSatisfying(ScoreVerdict.Refused.class, r -> assertThat(r.status()).isEqualTo(400));
    }

    @Test
    void refusesMissingFieldsBadTimestampsAndNonNumericScores() {
        for (String field : new String[] {"userId", "timestamp", "activityProgress", "gradingProgress"}) {
            Map<String, Object> body = score(STUDENT, "2026-05-04T10:00:00Z");
            body.remove(field);
            assertThat(ScoreRules.judge(body, COURSE, 1, Optional.empty())).as(field)
                    .isInstanceOfSatisfying(ScoreVerdict.Refused.class, r -> assertThat(r.status()).isEqualTo(400));
        }
        assertThat(ScoreRules.judge(score(STUDENT, "hier"), COURSE, 1, Optional.empty()))
                .isInstanceOf(ScoreVerdict.Refused.class);
        Map<String, Object> text = score(STUDENT, "2026-05-04T10:00:00Z");
        text.put("scoreGiven", "beaucoup");
        assertThat(ScoreRules.judge(text, COURSE, 1, Optional.empty())).isInstanceOf(ScoreVerdict.Refused.class);
    }

    @Test
    void refusesAnOlderOrEqualTimestampWith409() {
        Optional<Grade> current = Optional.of(stored("2026-05-04T10:00:05Z"));

        assertThat(ScoreRules.judge(score(STUDENT, "2026-05-04T10:00:04Z"), COURSE, 1, current))
                .isInstanceOfSatisfying(ScoreVerdict.Refused.class, r -> assertThat(r.status()).isEqualTo(409));
        assertThat(ScoreRules.judge(score(STUDENT, "2026-05-04T10:00:05Z"), COURSE, 1, current))
                .isInstanceOfSatisfying(ScoreVerdict.Refused.class, r -> assertThat(r.status()).isEqualTo(409));
        assertThat(ScoreRules.judge(score(STUDENT, "2026-05-04T10:00:06Z"), COURSE, 1, current))
                .isInstanceOf(ScoreVerdict.Accepted.class);
    }

    @Test
    void comparesTimestampsToTheSecondLikeMoodle() {
        Optional<Grade> current = Optional.of(stored("2026-05-04T10:00:05.100Z"));

        assertThat(ScoreRules.judge(score(STUDENT, "2026-05-04T10:00:05.900Z"), COURSE, 1, current))
                .isInstanceOfSatisfying(ScoreVerdict.Refused.class, r -> assertThat(r.status()).isEqualTo(409));
    }

    @Test
    void dropsTheScoreUnlessFullyGradedAndDefaultsTheMaximumToOne() {
        Map<String, Object> pending = score(STUDENT, "2026-05-04T10:00:00Z");
        pending.put("gradingProgress", "Pending");
        pending.remove("scoreMaximum");

        assertThat(ScoreRules.judge(pending, COURSE, 1, Optional.empty()))
                .isInstanceOfSatisfying(ScoreVerdict.Accepted.class, a -> {
                    assertThat(a.score().scoreGiven()).isNull();
                    assertThat(a.score().scoreMaximum()).isEqualByComparingTo("1");
                });
    }

    @Test
    void acceptsNumericStringsAndExtraCreditAsMoodleDoes() {
        Map<String, Object> body = score(STUDENT, "2026-05-04T10:00:00Z");
        body.put("scoreGiven", "105.5");

        assertThat(ScoreRules.judge(body, COURSE, 1, Optional.empty()))
                .isInstanceOfSatisfying(ScoreVerdict.Accepted.class,
                        a -> assertThat(a.score().scoreGiven()).isEqualByComparingTo("105.5"));
    }
}
