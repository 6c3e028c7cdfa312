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
}
