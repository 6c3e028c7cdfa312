package fr.plume.tool.dashboard.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/** Whole months, {@code from} to {@code to} both included, in UTC (the launch counts are kept per UTC month). */
public record UsagePeriod(YearMonth from, YearMonth to) {

    /** Five years at most: the report of a longer period is not a cost-sharing question. */
    public static final int MAX_MONTHS = 60;

    public UsagePeriod {
        if (from == null || to == null || to.isBefore(from) || from.until(to, ChronoUnit.MONTHS) >= MAX_MONTHS) {
            throw new IllegalArgumentException("a period is 1 to " + MAX_MONTHS + " months, from before to");
        }
    }

    /** The academic year (September to August) that contains {@code day}: one intake. */
    public static UsagePeriod intakeOf(LocalDate day) {
        int startYear = day.getMonthValue() >= 9 ? day.getYear() : day.getYear() - 1;
        return new UsagePeriod(YearMonth.of(startYear, 9), YearMonth.of(startYear + 1, 8));
    }

    public Instant start() {
        return from.atDay(1).atStartOfDay().toInstant(ZoneOffset.UTC);
    }

    /** The first instant after the period. */
    public Instant end() {
        return to.plusMonths(1).atDay(1).atStartOfDay().toInstant(ZoneOffset.UTC);
    }
}
