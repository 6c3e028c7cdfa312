package fr.plume.framework.format;

import fr.plume.framework.format.casejson.CaseJsonReader;
import fr.plume.framework.format.casejson.CaseJsonWriter;
import fr.plume.framework.format.csv.MoodleCsvReader;
import fr.plume.framework.format.csv.MoodleCsvWriter;
import fr.plume.framework.format.xlsx.XlsxReader;
import fr.plume.framework.format.xlsx.XlsxWriter;
import fr.plume.framework.model.Framework;
import fr.plume.framework.validation.Problem;
import fr.plume.framework.validation.ProblemCodes;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Objects;

/** Entry point to read and write frameworks in every supported format. */
public final class FrameworkFormats {

    /** Files above this size are refused before parsing (10 MiB). */
    public static final long DEFAULT_MAX_BYTES = 10L * 1024 * 1024;

    private FrameworkFormats() {
    }

    /** Reads and validates a framework; bad content never throws, it ends in problems. Refuses files over 10 MiB. */
    public static ImportResult read(FrameworkFormat format, InputStream in) {
        return read(format, in, DEFAULT_MAX_BYTES);
    }

    /** Same as {@link #read(FrameworkFormat, InputStream)} with another size cap, in bytes. */
    public static ImportResult read(FrameworkFormat format, InputStream in, long maxBytes) {
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(in, "in");
        byte[] content;
        try {
            content = readAtMost(in, maxBytes);
        } catch (TooLargeException tooLarge) {
            return ImportResult.failure(new Problem(ProblemCodes.TOO_LARGE, "",
                    "Le fichier dépasse la taille maximale autorisée (" + humanSize(maxBytes)
                            + ") ; il n'a pas été lu. Vérifiez qu'il s'agit bien d'un référentiel."));
        } catch (IOException e) {
            return ImportResult.failure(new Problem(ProblemCodes.UNREADABLE, "",
                    "Le fichier n'a pas pu être lu jusqu'au bout (" + e.getMessage() + ")."));
        }
        if (content.length == 0) {
            return ImportResult.failure(new Problem(ProblemCodes.EMPTY_FILE, "", "Le fichier est vide."));
        }
        try {
            return switch (format) {
                case CASE_JSON -> CaseJsonReader.read(content);
                case MOODLE_CSV -> MoodleCsvReader.read(content);
                case XLSX -> XlsxReader.read(content);
            };
        } catch (RuntimeException unexpected) {
            // Last line of defence of the "never throws for bad content" promise: a parser library surprise.
            return ImportResult.failure(new Problem(ProblemCodes.UNREADABLE, "",
                    "Le fichier n'a pas pu être interprété comme " + describe(format) + " ("
                            + unexpected.getClass().getSimpleName() + ")."));
        }
    }

    public static byte[] write(FrameworkFormat format, Framework framework) {
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(framework, "framework");
        return switch (format) {
            case CASE_JSON -> CaseJsonWriter.write(framework);
            case MOODLE_CSV -> MoodleCsvWriter.write(framework);
            case XLSX -> XlsxWriter.write(framework);
        };
    }

    private static byte[] readAtMost(InputStream in, long maxBytes) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[64 * 1024];
        long total = 0;
        int n;
        while ((n = in.read(buffer)) != -1) {
            total += n;
            if (total > maxBytes) {
                throw new TooLargeException();
            }
            out.write(buffer, 0, n);
        }
        return out.toByteArray();
    }

    static String humanSize(long bytes) {
        if (bytes >= 1024 * 1024 && bytes % (1024 * 1024) == 0) {
            return bytes / (1024 * 1024) + " Mo";
        }
        if (bytes >= 1024 && bytes % 1024 == 0) {
            return bytes / 1024 + " Ko";
        }
        return bytes + " octets";
    }

    private static String describe(FrameworkFormat format) {
        return switch (format) {
            case CASE_JSON -> "un paquet CASE JSON";
            case MOODLE_CSV -> "un CSV de référentiel Moodle";
            case XLSX -> "un classeur XLSX de référentiel";
        };
    }

    private static final class TooLargeException extends IOException {
        TooLargeException() {
            super(null, null);
        }
    }
}
