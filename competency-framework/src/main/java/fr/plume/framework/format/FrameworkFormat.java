package fr.plume.framework.format;

import java.util.Locale;
import java.util.Optional;

/** The file formats a framework can be read from and written to. */
public enum FrameworkFormat {
    /** IMS CASE 1.0 JSON package (CFDocument, CFItems, CFAssociations). */
    CASE_JSON(".case.json", "application/json"),
    /** The 14-column CSV read and written by Moodle's tool_lpimportcsv. */
    MOODLE_CSV(".csv", "text/csv"),
    /** The XLSX authoring workbook. */
    XLSX(".xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final String fileExtension;
    private final String mediaType;

    FrameworkFormat(String fileExtension, String mediaType) {
        this.fileExtension = fileExtension;
        this.mediaType = mediaType;
    }

    /** The extension used when writing, e.g. {@code .case.json}. */
    public String fileExtension() {
        return fileExtension;
    }

    public String mediaType() {
        return mediaType;
    }

    /** Guesses the format from a file name: {@code *.json}, {@code *.csv}, {@code *.xlsx}, any case. */
    public static Optional<FrameworkFormat> fromFileName(String name) {
        if (name == null) {
            return Optional.empty();
        }
        String lower = name.strip().toLowerCase(Locale.ROOT);
        if (lower.endsWith(".json")) {
            return Optional.of(CASE_JSON);
        }
        if (lower.endsWith(".csv")) {
            return Optional.of(MOODLE_CSV);
        }
        if (lower.endsWith(".xlsx")) {
            return Optional.of(XLSX);
        }
        return Optional.empty();
    }
}
