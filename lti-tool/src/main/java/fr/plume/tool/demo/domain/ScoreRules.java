package fr.plume.tool.demo.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Optional;

/**
 * Moodle's rules for a score POSTed to a line item (ltiservice_gradebookservices scores.php and
 * save_grade_item), reproduced so tools meet the same answers here as in production:
 * <ul>
 * <li>400 when userId, timestamp, activityProgress or gradingProgress is missing, the timestamp is
 * not ISO 8601, a score is not numeric, or the user is not gradable in the course (unknown, not
 * enrolled, suspended, or not a student: a teacher);</li>
 * <li>409 when the stored grade's timestamp is the same or later — compared to the second,
 * because Moodle keeps {@code strtotime()} seconds, so two scores within one second conflict;</li>
 * <li>{@code scoreMaximum} defaults to 1; {@code scoreGiven} is dropped unless gradingProgress is
 * FullyGraded. Like Moodle, a scoreGiven above scoreMaximum is accepted (AGS allows extra credit).</li>
 * </ul>
 */
public final class ScoreRules {

    private ScoreRules() {
    }

    public static ScoreVerdict judge(Map<String, Object> body, String courseId, long lineItemId, Optional<Grade> current) {
        if (body == null || body.isEmpty()) {
            return refused("Incorrect score received: empty body");
        }
        Object userId = body.get("userId");
        Object timestamp = body.get("timestamp");
        Object activity = body.get("activityProgress");
        Object grading = body.get("gradingProgress");
        if (userId == null || timestamp == null || activity == null || grading == null) {
            return refused("Incorrect score received: userId, timestamp, activityProgress and gradingProgress are required");
        }
        Optional<Instant> when = parseTimestamp(String.valueOf(timestamp));
        if (when.isEmpty()) {
            return refused("Incorrect score received: timestamp is not ISO 8601");
        }
        Optional<BigDecimal> given = numeric(body.get("scoreGiven"));
        Optional<BigDecimal> maximum = numeric(body.get("scoreMaximum"));
        if ((body.get("scoreGiven") != null && given.isEmpty()) || (body.get("scoreMaximum") != null && maximum.isEmpty())) {
            return refused("Incorrect score received: scoreGiven and scoreMaximum must be numbers");
        }
        String user = String.valueOf(userId);
        if (!DemoCatalogue.gradableIn(courseId, user)) {
            return refused("Incorrect score received: user " + user + " is not gradable in course " + courseId
                    + " (only active students are)");
        }
        Instant received = when.get();
        if (current.isPresent()
                && !current.get().scoreTimestamp().truncatedTo(ChronoUnit.SECONDS)
                        .isBefore(received.truncatedTo(ChronoUnit.SECONDS))) {
            return new ScoreVerdict.Refused(409, "Refusing score with an earlier timestamp for item " + lineItemId
                    + " and user " + user);
        }
        String gradingProgress = String.valueOf(grading);
        BigDecimal scoreGiven = "FullyGraded".equals(gradingProgress) ? given.orElse(null) : null;
        Object comment = body.get("comment");
        return new ScoreVerdict.Accepted(new ScoreSubmission(user, scoreGiven, maximum.orElse(BigDecimal.ONE),
                comment == null ? null : String.valueOf(comment), String.valueOf(activity), gradingProgress, received));
    }

    static Optional<Instant> parseTimestamp(String value) {
        try {
            return Optional.of(OffsetDateTime.parse(value).toInstant());
        } catch (DateTimeParseException withoutOffset) {
            try {
                return Optional.of(LocalDateTime.parse(value).toInstant(ZoneOffset.UTC));
            } catch (DateTimeParseException invalid) {
                return Optional.empty();
            }
        }
    }

    private static Optional<BigDecimal> numeric(Object value) {
        if (value instanceof Number number) {
            return Optional.of(new BigDecimal(number.toString()));
        }
        if (value instanceof String text) {
            try {
                return Optional.of(new BigDecimal(text.trim()));
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    private static ScoreVerdict refused(String reason) {
        return new ScoreVerdict.Refused(400, reason);
    }
}
