package fr.plume.tool.certification.domain;

import java.util.List;

/**
 * A candidate list as read from a centre's file, every row checked: nothing is enrolled unless
 * {@link #problems()} is empty. Columns (header row, any order, case-insensitive): {@code identifiant}
 * (the platform user id, as Moodle sends it in launches), {@code nom}, optional {@code tiers_temps}
 * (extra time, %) and {@code accessible} (oui/non).
 */
public record Roster(List<Row> rows, List<Problem> problems) {

    public static final int MAX_ROWS = 1000;

    public Roster {
        rows = List.copyOf(rows);
        problems = List.copyOf(problems);
    }

    /** @param line the line (CSV) or row (XLSX) number as a spreadsheet shows it */
    public record Row(int line, String platformSubject, String holderName, int extraTimePercent,
            boolean accessibleItems) {
    }

    /** @param code a message key suffix: MISSING_COLUMN, EMPTY, DUPLICATE, BAD_EXTRA_TIME, BAD_ACCESSIBLE, TOO_MANY_ROWS, UNREADABLE, TOO_LONG */
    public record Problem(int line, String column, String code) {
    }
}
