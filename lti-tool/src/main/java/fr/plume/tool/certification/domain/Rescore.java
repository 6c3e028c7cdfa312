package fr.plume.tool.certification.domain;

import java.util.ArrayList;
import java.util.List;

/**
 * A candidate's rescored result, replacing the attempt's own before publication: recomputed by the
 * engine without neutralised items (reason {@link #RECOMPUTED}), or a level corrected by the officer
 * with a reason. The score that reaches the gradebook and the certificate is this one.
 */
public record Rescore(int scaledScore, int scoreMargin, int level, List<AreaLevel> competencies, String reason,
        String by) {

    public static final String RECOMPUTED = "RECOMPUTED_WITHOUT_NEUTRALISED";

    public record AreaLevel(String code, int level, double standardError) {
    }

    public Rescore {
        if (level < 1 || level > 6) {
            throw new IllegalArgumentException("level " + level);
        }
        competencies = List.copyOf(competencies);
    }

    /** As stored: code:level:standardError separated by ';'. */
    public String competenciesText() {
        StringBuilder text = new StringBuilder();
        competencies.forEach(c -> text.append(text.isEmpty() ? "" : ";").append(c.code()).append(':').append(c.level())
                .append(':').append(c.standardError()));
        return text.toString();
    }

    public static List<AreaLevel> competenciesOf(String text) {
        List<AreaLevel> levels = new ArrayList<>();
        if (text != null && !text.isBlank()) {
            for (String part : text.split(";")) {
                String[] f = part.split(":");
                levels.add(new AreaLevel(f[0], Integer.parseInt(f[1]), Double.parseDouble(f[2])));
            }
        }
        return levels;
    }
}
