package fr.plume.sync.format;

import fr.plume.sync.i18n.Phrase;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Reads a question file by its name: {@code .xml} (Moodle XML), {@code .gift}/{@code .txt}
 * (GIFT), or {@code .zip} holding such files. Zips are guarded: entry names that could escape
 * a directory (zip-slip), too many entries, too much uncompressed data or a suspicious
 * compression ratio (zip bomb) reject the whole archive. Entries are read in memory, never
 * written to disk.
 */
public final class QuestionFiles {

    private final InputLimits limits;

    public QuestionFiles(InputLimits limits) {
        this.limits = limits;
    }

    public QuestionFiles() {
        this(InputLimits.DEFAULT);
    }

    public QuestionImport read(String fileName, InputStream in) {
        return read(baseName(fileName), fileName, in);
    }

    /** @param prefix prefix of the items' source ids (a stable origin name) */
    public QuestionImport read(String prefix, String fileName, InputStream in) {
        String lower = fileName.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".zip")) {
            return readZip(prefix, in);
        }
        if (lower.endsWith(".xml")) {
            return new MoodleXmlReader(limits).read(prefix, in);
        }
        if (lower.endsWith(".gift") || lower.endsWith(".txt")) {
            return new GiftReader(limits).read(prefix, in);
        }
        throw new FormatException(Phrase.of("zip.unknownFormat", fileName));
    }

    private QuestionImport readZip(String prefix, InputStream in) {
        QuestionImport all = new QuestionImport(java.util.List.of(), java.util.List.of());
        long total = 0;
        int entries = 0;
        CountingInputStream raw = new CountingInputStream(new LimitedInputStream(in, limits.maxInputBytes()));
        try (ZipInputStream zip = new ZipInputStream(raw)) {
            ZipEntry entry;
            while ((entry = zip.getNextEntry()) != null) {
                if (++entries > limits.maxZipEntries()) {
                    throw new HostileInputException(Phrase.of("zip.tooManyEntries", limits.maxZipEntries()));
                }
                String name = checkEntryName(entry.getName());
                if (entry.isDirectory()) {
                    continue;
                }
                byte[] content = readEntry(zip, entry, raw, limits.maxInputBytes() - total);
                total += content.length;
                String lower = name.toLowerCase(Locale.ROOT);
                if (lower.endsWith(".xml") || lower.endsWith(".gift") || lower.endsWith(".txt")) {
                    all = all.plus(read(prefix + "/" + name, name, new ByteArrayInputStream(content)));
                }
            }
        } catch (IOException e) {
            throw new FormatException(Phrase.of("zip.unreadable", String.valueOf(e.getMessage())), e);
        }
        return all;
    }

    private byte[] readEntry(ZipInputStream zip, ZipEntry entry, CountingInputStream raw, long remaining)
            throws IOException {
        long rawAtStart = raw.count();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buf = new byte[16384];
        long n = 0;
        int r;
        while ((r = zip.read(buf)) > 0) {
            n += r;
            if (n > remaining) {
                throw new HostileInputException(Phrase.of("zip.tooLarge", limits.maxInputBytes() / (1024 * 1024)));
            }
            // measured while inflating: header sizes can lie or be absent (data descriptors), bytes read cannot
            long compressed = Math.max(1, raw.count() - rawAtStart);
            if (n > 1_000_000 && n / compressed > limits.maxCompressionRatio()) {
                throw new HostileInputException(Phrase.of("zip.bomb", entry.getName()));
            }
            out.write(buf, 0, r);
        }
        return out.toByteArray();
    }

    private static final class CountingInputStream extends java.io.FilterInputStream {
        private long count;

        CountingInputStream(InputStream in) {
            super(in);
        }

        long count() {
            return count;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count++;
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                count += n;
            }
            return n;
        }
    }

    static String checkEntryName(String name) {
        String n = name.replace('\\', '/');
        if (n.startsWith("/") || n.matches("^[A-Za-z]:.*") || n.chars().anyMatch(c -> c < 0x20)) {
            throw new HostileInputException(Phrase.of("zip.badEntryPath", name));
        }
        for (String part : n.split("/")) {
            if (part.equals("..")) {
                throw new HostileInputException(Phrase.of("zip.slip", name));
            }
        }
        return n;
    }

    private static String baseName(String fileName) {
        String n = fileName.replace('\\', '/');
        return n.substring(n.lastIndexOf('/') + 1);
    }
}
