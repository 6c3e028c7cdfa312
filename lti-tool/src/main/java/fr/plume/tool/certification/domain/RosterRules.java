package fr.plume.tool.certification.domain;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Turns the cells of a roster (whatever the file format) into checked rows: every problem of every
 * row is reported, with its line and column, never only the first.
 */
public final class RosterRules {

    public static final String SUBJECT = "identifiant";
    public static final String NAME = "nom";
    public static final String EXTRA_TIME = "tiers_temps";
    public static final String ACCESSIBLE = "accessible";
    /** Optional: when the list gives first names apart, the holder's name is "first name + name". */
    public static final String FIRST_NAME = "prenom";

    static final int HEADER_SEARCH = 10;

    private RosterRules() {
    }

    /**
     * A whole sheet or file, title lines included: the header is the first of the first
     * {@value #HEADER_SEARCH} lines that names both required columns (exports often open with a
     * title and a date), else the first line, whose missing columns are then reported.
     *
     * @param rows every non-blank line's cells, by line number, in order
     */
    public static Roster checkSheet(Map<Integer, List<String>> rows) {
        List<Map.Entry<Integer, List<String>>> entries = List.copyOf(rows.entrySet());
        if (entries.isEmpty()) {
            return check(List.of(), Map.of());
        }
        int headerAt = headerIndex(entries);
        Map<Integer, List<String>> lines = new LinkedHashMap<>();
        entries.subList(Math.max(headerAt, 0) + 1, entries.size()).forEach(e -> lines.put(e.getKey(), e.getValue()));
        return check(entries.get(Math.max(headerAt, 0)).getValue(), lines);
    }

    /** Whether one of the first lines names both required columns. */
    public static boolean hasHeader(Map<Integer, List<String>> rows) {
        return headerIndex(List.copyOf(rows.entrySet())) >= 0;
    }

    private static int headerIndex(List<Map.Entry<Integer, List<String>>> entries) {
        for (int i = 0; i < Math.min(HEADER_SEARCH, entries.size()); i++) {
            List<String> columns = entries.get(i).getValue().stream().map(RosterRules::column).toList();
            if (columns.contains(SUBJECT) && columns.contains(NAME)) {
                return i;
            }
        }
        return -1;
    }

    /**
     * @param header the header cells
     * @param lines  each data line's cells, with its line number (blank lines left out)
     */
    public static Roster check(List<String> header, Map<Integer, List<String>> lines) {
        List<Roster.Problem> problems = new ArrayList<>();
        List<String> columns = header.stream().map(RosterRules::column).toList();
        for (String required : List.of(SUBJECT, NAME)) {
            if (!columns.contains(required)) {
                problems.add(new Roster.Problem(1, required, "MISSING_COLUMN"));
            }
        }
        if (!problems.isEmpty()) {
            return new Roster(List.of(), problems);
        }
        if (lines.size() > Roster.MAX_ROWS) {
            return new Roster(List.of(), List.of(new Roster.Problem(Roster.MAX_ROWS + 2, "", "TOO_MANY_ROWS")));
        }
        List<Roster.Row> rows = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        lines.forEach((line, cells) -> {
            String subject = cell(cells, columns.indexOf(SUBJECT));
            String name = cell(cells, columns.indexOf(NAME));
            String firstName = cell(cells, columns.indexOf(FIRST_NAME));
            String holderName = firstName.isEmpty() ? name : firstName + " " + name;
            String extra = cell(cells, columns.indexOf(EXTRA_TIME));
            String accessible = cell(cells, columns.indexOf(ACCESSIBLE));
            int before = problems.size();
            if (subject.isEmpty()) {
                problems.add(new Roster.Problem(line, SUBJECT, "EMPTY"));
            } else if (subject.length() > 255) {
                problems.add(new Roster.Problem(line, SUBJECT, "TOO_LONG"));
            } else if (!seen.add(subject)) {
                problems.add(new Roster.Problem(line, SUBJECT, "DUPLICATE"));
            }
            if (name.isEmpty()) {
                problems.add(new Roster.Problem(line, NAME, "EMPTY"));
            } else if (holderName.length() > 200) {
                problems.add(new Roster.Problem(line, NAME, "TOO_LONG"));
            }
            Integer extraTime = extraTime(extra);
            if (extraTime == null) {
                problems.add(new Roster.Problem(line, EXTRA_TIME, "BAD_EXTRA_TIME"));
            }
            Boolean access = yesNo(accessible);
            if (access == null) {
                problems.add(new Roster.Problem(line, ACCESSIBLE, "BAD_ACCESSIBLE"));
            }
            if (problems.size() == before) {
                rows.add(new Roster.Row(line, subject, holderName, extraTime, access));
            }
        });
        return new Roster(problems.isEmpty() ? rows : List.of(), problems);
    }

    /**
     * A header as people type it: "Tiers-temps (%)", "tiers temps" and "TIERS_TEMPS" are the same
     * column, and so are "Prénom" and "prenom".
     */
    private static String column(String header) {
        if (header == null) {
            return "";
        }
        String unaccented = Normalizer.normalize(header, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return unaccented.toLowerCase(Locale.ROOT).replaceAll("\\(%\\)|%", "").replaceAll("[^a-z0-9]+", "_")
                .replaceAll("^_+|_+$", "");
    }

    private static String cell(List<String> cells, int index) {
        if (index < 0 || index >= cells.size() || cells.get(index) == null) {
            return "";
        }
        return cells.get(index).strip();
    }

    private static Integer extraTime(String value) {
        if (value.isEmpty()) {
            return 0;
        }
        String digits = value.endsWith("%") ? value.substring(0, value.length() - 1).strip() : value;
        if (digits.endsWith(".0")) {
            digits = digits.substring(0, digits.length() - 2);
        }
        if (!digits.matches("\\d{1,3}")) {
            return null;
        }
        int percent = Integer.parseInt(digits);
        return percent <= 200 ? percent : null;
    }

    private static Boolean yesNo(String value) {
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "", "non", "no", "false", "0" -> false;
            case "oui", "yes", "true", "1" -> true;
            default -> null;
        };
    }
}
