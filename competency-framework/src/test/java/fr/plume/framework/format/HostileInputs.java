package fr.plume.framework.format;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * Hostile variants of a valid file, from a seeded generator so that a failure is reproducible
 * (the failing seed and index are in the assertion message): flipped and random bytes, cuts,
 * repeated slices, spliced tokens that parsers trip on, and for zip containers entries rewritten
 * as bombs, truncated or swollen.
 */
public final class HostileInputs {

    private static final List<String> TOKENS = List.of("<!DOCTYPE r [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>",
            "<!ENTITY a \"aaaaaaaaaa\">", "&x;", "\u0000", "\"", "'", "{", "}", "[", "]", "{{{{{{{{", "]]]]]]]]", "\uFEFF",
            "=cmd|' /C calc'!A0", "\r\n", "\n\n\n", ",,,,,,,,", ";", "9".repeat(400), "-1", "NaN", "1e999999",
            "\uD800", "\\u0000", "null", "true", "::", "~", "=", "#", "<![CDATA[", "]]>", "</", "<a>", "%", "\u202E");

    private final Random random;

    public HostileInputs(long seed) {
        this.random = new Random(seed);
    }

    /** One hostile variant of {@code valid}. */
    public byte[] variant(byte[] valid) {
        return switch (random.nextInt(7)) {
            case 0 -> flip(valid);
            case 1 -> Arrays.copyOf(valid, random.nextInt(valid.length + 1));
            case 2 -> splice(valid, TOKENS.get(random.nextInt(TOKENS.size())).getBytes(StandardCharsets.UTF_8));
            case 3 -> repeatSlice(valid);
            case 4 -> randomBytes(random.nextInt(4096));
            case 5 -> splice(valid, randomBytes(1 + random.nextInt(64)));
            default -> flip(splice(valid, TOKENS.get(random.nextInt(TOKENS.size())).getBytes(StandardCharsets.UTF_8)));
        };
    }

    /**
     * One hostile variant of the zip container {@code valid} (an XLSX workbook): an entry
     * replaced by a bomb, swollen (huge shared strings) or mutated, or the archive cut short.
     */
    public byte[] zipVariant(byte[] valid) {
        return switch (random.nextInt(5)) {
            case 0 -> Arrays.copyOf(valid, random.nextInt(valid.length + 1));
            case 1 -> rewriteEntry(valid, bytes -> new byte[40_000_000]);
            case 2 -> rewriteEntry(valid, bytes -> swollenSharedStrings());
            case 3 -> rewriteEntry(valid, this::variant);
            default -> variant(valid);
        };
    }

    private byte[] swollenSharedStrings() {
        StringBuilder xml = new StringBuilder(
                "<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">");
        String cell = "<si><t>" + "é".repeat(2000) + "</t></si>";
        xml.append(cell.repeat(2000)).append("</sst>");
        return xml.toString().getBytes(StandardCharsets.UTF_8);
    }

    private interface Rewrite {
        byte[] apply(byte[] bytes);
    }

    private byte[] rewriteEntry(byte[] zip, Rewrite rewrite) {
        try (ZipInputStream in = new ZipInputStream(new java.io.ByteArrayInputStream(zip));
                ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                ZipOutputStream out = new ZipOutputStream(bytes)) {
            List<ZipEntry> entries = new java.util.ArrayList<>();
            List<byte[]> contents = new java.util.ArrayList<>();
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                entries.add(new ZipEntry(entry.getName()));
                contents.add(in.readAllBytes());
            }
            int target = entries.isEmpty() ? -1 : random.nextInt(entries.size());
            for (int i = 0; i < entries.size(); i++) {
                out.putNextEntry(entries.get(i));
                out.write(i == target ? rewrite.apply(contents.get(i)) : contents.get(i));
                out.closeEntry();
            }
            out.finish();
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private byte[] flip(byte[] valid) {
        byte[] copy = valid.clone();
        for (int i = 0, n = 1 + random.nextInt(8); i < n && copy.length > 0; i++) {
            copy[random.nextInt(copy.length)] ^= (byte) (1 << random.nextInt(8));
        }
        return copy;
    }

    private byte[] splice(byte[] valid, byte[] insert) {
        int at = random.nextInt(valid.length + 1);
        byte[] out = new byte[valid.length + insert.length];
        System.arraycopy(valid, 0, out, 0, at);
        System.arraycopy(insert, 0, out, at, insert.length);
        System.arraycopy(valid, at, out, at + insert.length, valid.length - at);
        return out;
    }

    private byte[] repeatSlice(byte[] valid) {
        if (valid.length == 0) {
            return valid;
        }
        int from = random.nextInt(valid.length);
        int to = Math.min(valid.length, from + 1 + random.nextInt(64));
        byte[] slice = Arrays.copyOfRange(valid, from, to);
        int times = 1 + random.nextInt(Math.max(1, 200_000 / slice.length));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(valid, 0, to);
        for (int i = 0; i < times; i++) {
            out.write(slice, 0, slice.length);
        }
        out.write(valid, to, valid.length - to);
        return out.toByteArray();
    }

    private byte[] randomBytes(int length) {
        byte[] bytes = new byte[length];
        random.nextBytes(bytes);
        return bytes;
    }
}
