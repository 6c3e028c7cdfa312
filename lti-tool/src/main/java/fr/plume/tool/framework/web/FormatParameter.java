package fr.plume.tool.framework.web;

import fr.plume.framework.format.FrameworkFormat;
import fr.plume.framework.validation.Problem;
import fr.plume.tool.framework.api.FrameworkImportRejected;
import java.util.List;
import java.util.Locale;

/** Picks the format from an explicit parameter, else from the uploaded file's name. */
final class FormatParameter {

    private FormatParameter() {
    }

    static FrameworkFormat resolve(String format, String fileName) {
        if (format != null && !format.isBlank()) {
            String wanted = format.trim().toUpperCase(Locale.ROOT).replace('-', '_');
            for (FrameworkFormat candidate : FrameworkFormat.values()) {
                if (candidate.name().equals(wanted) || candidate.name().startsWith(wanted)) {
                    return candidate;
                }
            }
        }
        return FrameworkFormat.fromFileName(fileName).orElseThrow(() -> new FrameworkImportRejected(
                "FW-FORMAT-UNKNOWN", List.of(new Problem("FW-FORMAT-UNKNOWN", "file",
                        "Format non reconnu : choisissez un paquet CASE (.json), un CSV Moodle (.csv) "
                                + "ou un classeur Plume (.xlsx)."))));
    }
}
