package fr.plume.framework.format.csv;

import fr.plume.framework.validation.Problem;
import fr.plume.framework.validation.ProblemCodes;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Decodes strict UTF-8; on failure, lists each line holding bytes that are not UTF-8 instead of garbling them. */
final class Utf8Check {

    private static final int MAX_REPORTED_LINES = 20;

    /** Either the text or the problems. */
    record Decoded(Optional<String> text, List<Problem> problems) {
    }

    private Utf8Check() {
    }

    static Decoded decode(byte[] bytes) {
        int start = hasBom(bytes) ? 3 : 0;
        try {
            String text = decoder().decode(ByteBuffer.wrap(bytes, start, bytes.length - start)).toString();
            return new Decoded(Optional.of(text), List.of());
        } catch (CharacterCodingException e) {
            return new Decoded(Optional.empty(), badLines(bytes, start));
        }
    }

    private static List<Problem> badLines(byte[] bytes, int start) {
        List<Problem> problems = new ArrayList<>();
        int line = 1;
        int lineStart = start;
        int badLines = 0;
        for (int i = start; i <= bytes.length; i++) {
            if (i == bytes.length || bytes[i] == '\n') {
                Optional<Integer> bad = firstInvalidByte(bytes, lineStart, i);
                if (bad.isPresent()) {
                    badLines++;
                    if (badLines <= MAX_REPORTED_LINES) {
                        int offset = bad.get();
                        problems.add(new Problem(ProblemCodes.CSV_ENCODING, "ligne " + line, String.format(
                                "Cette ligne contient des octets qui ne sont pas de l'UTF-8 (octet 0x%02X, position %d de la ligne). "
                                        + "Le fichier semble enregistré en Latin-1 ou Windows-1252 : enregistrez-le en « CSV UTF-8 » puis importez-le à nouveau.",
                                bytes[offset] & 0xFF, offset - lineStart + 1)));
                    }
                }
                line++;
                lineStart = i + 1;
            }
        }
        if (badLines > MAX_REPORTED_LINES) {
            problems.add(new Problem(ProblemCodes.CSV_ENCODING, "",
                    "… et " + (badLines - MAX_REPORTED_LINES) + " autres lignes mal encodées."));
        }
        return problems;
    }

    private static Optional<Integer> firstInvalidByte(byte[] bytes, int from, int to) {
        ByteBuffer buffer = ByteBuffer.wrap(bytes, from, to - from);
        CharsetDecoder decoder = decoder();
        java.nio.CharBuffer out = java.nio.CharBuffer.allocate(to - from + 1);
        var result = decoder.decode(buffer, out, true);
        return result.isError() ? Optional.of(buffer.position()) : Optional.empty();
    }

    private static CharsetDecoder decoder() {
        return StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }

    private static boolean hasBom(byte[] bytes) {
        return bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF;
    }
}
