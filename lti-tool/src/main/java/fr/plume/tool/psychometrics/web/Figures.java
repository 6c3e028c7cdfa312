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
}
