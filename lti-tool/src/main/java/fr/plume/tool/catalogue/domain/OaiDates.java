package fr.plume.tool.catalogue.domain;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.regex.Pattern;

/**
 * UTC datestamps of the provider (OAI-PMH 2.0 §3.3): the repository's granularity is the second
 * ({@code YYYY-MM-DDThh:mm:ssZ}); harvesters may also give days ({@code YYYY-MM-DD}).
 */
public final class OaiDates {

    private static final Pattern DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern SECOND = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}Z");
    private static final Duration JUST_UNDER_A_SECOND = Duration.ofSeconds(1).minusNanos(1);

    /** A from/until argument: its instant and whether it was given as a day. */
    public record Bound(Instant instant, boolean day) {
    }

    private OaiDates() {
    }

    public static String format(Instant instant) {
        return instant.truncatedTo(ChronoUnit.SECONDS).toString();
    }

    /** The first instant {@code value} covers; a badArgument problem when it is no datestamp. */
    public static Bound from(String value) {
        return parse(value, false);
    }

    /**
     * The last instant {@code value} covers, inclusive: the end of the day, or of the second, since
     * datestamps are shown to the second and a record stamped 10:00:00.4 is "until 10:00:00".
     */
    public static Bound until(String value) {
        return parse(value, true);
    }

    private static Bound parse(String value, boolean end) {
        try {
            if (DAY.matcher(value).matches()) {
                Instant start = LocalDate.parse(value).atStartOfDay().toInstant(java.time.ZoneOffset.UTC);
                return new Bound(end ? start.plus(Duration.ofDays(1)).minusNanos(1) : start, true);
            }
            if (SECOND.matcher(value).matches()) {
                Instant instant = Instant.parse(value);
                return new Bound(end ? instant.plus(JUST_UNDER_A_SECOND) : instant, false);
            }
        } catch (DateTimeParseException e) {
            // falls through to the problem below
        }
        throw new OaiProblem(OaiProblem.BAD_ARGUMENT, "Not a UTC datestamp (YYYY-MM-DD or YYYY-MM-DDThh:mm:ssZ): " + value);
    }
}
