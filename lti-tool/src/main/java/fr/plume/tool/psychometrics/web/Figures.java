package fr.plume.tool.psychometrics.web;

import java.util.Locale;

/** Estimates as shown in tables: two decimals, the standard error in brackets, a dash when unknown. */
final class Figures {

    private Figures() {
    }

    static String withError(double value, double standardError) {
        if (!Double.isFinite(value)) {
            return "—";
        }
        String shown = String.format(Locale.ROOT, "%.2f", value);
        return Double.isFinite(standardError) ? shown + String.format(Locale.ROOT, " (%.2f)", standardError) : shown;
    }

    /** "S-X² (df) p", or a dash when the fit could not be computed. */
    static String fit(double chiSquare, int degrees, double p) {
        if (!Double.isFinite(chiSquare)) {
            return "—";
        }
        return String.format(Locale.ROOT, "%.1f (%d) p = %.3f", chiSquare, degrees, p);
    }

    /**
     * A single-choice item's options in their order: letter (* for the key), share of candidates who
     * chose it, point-biserial with θ̂ — "A* 0.62 (0.38) · B 0.20 (-0.30)"; empty for other items.
     */
    static String options(java.util.List<fr.plume.tool.psychometrics.domain.DistractorAnalysis.Option> options) {
        StringBuilder text = new StringBuilder();
        for (var option : options) {
            text.append(text.isEmpty() ? "" : " · ").append((char) ('A' + option.option()))
                    .append(option.key() ? "*" : "").append(' ')
                    .append(Double.isFinite(option.proportion())
                            ? String.format(Locale.ROOT, "%.2f", option.proportion()) : "—")
                    .append(" (").append(Double.isFinite(option.pointBiserial())
                            ? String.format(Locale.ROOT, "%.2f", option.pointBiserial()) : "—").append(')');
        }
        return text.toString();
    }
}
