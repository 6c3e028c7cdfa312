package fr.plume.framework.format.xlsx;

import org.apache.poi.openxml4j.util.ZipSecureFile;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Inflates the archive once, counting, before POI opens it. It applies POI's own {@link ZipSecureFile} limits
 * (minimum inflate ratio, maximum entry size) without changing them (they are JVM-wide settings shared with
 * other code), and adds a cap on the total size, which POI does not have. On the way it looks for a DOCTYPE in
 * every part: no spreadsheet program writes one, and POI's parser refuses it with an error that would otherwise
 * only say "not a workbook".
 */
final class ZipBombGuard {

    static final long MAX_TOTAL_INFLATED = 200L * 1024 * 1024;
    static final int MAX_ENTRIES = 10_000;
    /** Below this size a high ratio is harmless (an almost empty XML part compresses very well). */
    private static final long RATIO_GRACE = 1024 * 1024;
    private static final byte[] DOCTYPE = "<!DOCTYPE".getBytes(StandardCharsets.US_ASCII);

    /** Why an archive is refused; {@code detail} completes the sentence or names the part. */
    record Refusal(Reason reason, String detail) {
    }

    enum Reason { NOT_A_ZIP, BOMB, DOCTYPE }

    private ZipBombGuard() {
    }

    /** @return why the archive is refused, or empty if it looks safe */
    static Optional<Refusal> check(byte[] archive) throws IOException {
        double maxRatio = 1 / Math.max(ZipSecureFile.getMinInflateRatio(), 1e-6);
        long maxEntry = Math.min(ZipSecureFile.getMaxEntrySize(), MAX_TOTAL_INFLATED);
        long ratioLimit = Math.max((long) (archive.length * maxRatio), RATIO_GRACE);
        long total = 0;
        int entries = 0;
        byte[] buffer = new byte[64 * 1024];
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(archive))) {
            ZipEntry entry;
            while ((entry = zip.getNextEntry()) != null) {
                if (++entries > MAX_ENTRIES) {
                    return bomb("l'archive contient plus de " + MAX_ENTRIES + " fichiers");
                }
                long entrySize = 0;
                int doctypeMatched = 0;
                int n;
                while ((n = zip.read(buffer)) > 0) {
                    entrySize += n;
                    total += n;
                    if (entrySize > maxEntry) {
                        return bomb("la partie « " + entry.getName() + " » dépasse " + maxEntry / (1024 * 1024) + " Mo une fois décompressée");
                    }
                    if (total > ratioLimit || total > MAX_TOTAL_INFLATED) {
                        return bomb("le contenu décompressé est démesuré par rapport à la taille du fichier ("
                                + "plus de " + Math.min(ratioLimit, MAX_TOTAL_INFLATED) / (1024 * 1024) + " Mo)");
                    }
                    doctypeMatched = matchDoctype(buffer, n, doctypeMatched);
                    if (doctypeMatched == DOCTYPE.length) {
                        return Optional.of(new Refusal(Reason.DOCTYPE, entry.getName()));
                    }
                }
            }
        }
        return entries == 0 ? Optional.of(new Refusal(Reason.NOT_A_ZIP, "")) : Optional.empty();
    }

    private static Optional<Refusal> bomb(String why) {
        return Optional.of(new Refusal(Reason.BOMB, why));
    }

    /**
     * Goes on matching "<!DOCTYPE" (letters in any case) across buffers; returns how much of it the bytes end with,
     * or its full length once found. The pattern has no second '<', so a mismatch restarts at the current byte.
     */
    private static int matchDoctype(byte[] bytes, int length, int matched) {
        for (int i = 0; i < length && matched < DOCTYPE.length; i++) {
            byte b = bytes[i];
            if (Character.toUpperCase((char) (b & 0xFF)) == DOCTYPE[matched]) {
                matched++;
            } else {
                matched = b == '<' ? 1 : 0;
            }
        }
        return matched;
    }
}
