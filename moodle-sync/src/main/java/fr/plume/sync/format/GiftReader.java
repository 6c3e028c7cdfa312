package fr.plume.sync.format;

import fr.plume.sync.i18n.Phrase;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads GIFT question files (Moodle's question/format/gift): {@code ::title::},
 * {@code $CATEGORY:}, {@code //} comments, escapes {@code \~ \= \# \{ \} \:}; true/false,
 * single and multiple choice, short answer, matching, missing word and essay. Format tags
 * ({@code [html]}, {@code [moodle]}, {@code [plain]}, {@code [markdown]}) are read where Moodle
 * reads them (question text, answers, feedback, matching prompts; not typed answers' text nor
 * matching answers, which Moodle keeps as plain text) and the texts become HTML ({@link GiftText}).
 * Numerical questions are reported as skipped. All or nothing, like every reader.
 */
public final class GiftReader {

    private final InputLimits limits;

    public GiftReader(InputLimits limits) {
        this.limits = limits;
    }

    public GiftReader() {
        this(InputLimits.DEFAULT);
    }

    public QuestionImport read(String sourcePrefix, InputStream in) {
        String text = decode(in);
        List<DraftItem> items = new ArrayList<>();
        List<QuestionImport.Skipped> skipped = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        String category = "";
        int lineNo = 0;
        int blockStart = 1;
        StringBuilder block = new StringBuilder();
        for (String line : (text + "\n\n").split("\n", -1)) {
            lineNo++;
            String trimmed = line.strip();
            if (trimmed.startsWith("//")) {
                continue;
            }
            if (trimmed.isEmpty() && !insideBraces(block)) {
                if (!block.isEmpty()) {
                    String b = block.toString().strip();
                    if (b.startsWith("$CATEGORY:")) {
                        category = MoodleXmlReader.categoryPath(b.substring("$CATEGORY:".length()));
                    } else {
                        parseQuestion(sourcePrefix, category, b, blockStart, items, skipped, seen);
                    }
                    block.setLength(0);
                }
                blockStart = lineNo + 1;
                continue;
            }
            if (block.isEmpty()) {
                blockStart = lineNo;
            }
            block.append(line).append('\n');
        }
        if (!block.toString().isBlank()) {
            throw new FormatException(Phrase.of("gift.unclosedBrace", blockStart));
        }
        return new QuestionImport(items, skipped);
    }

    private String decode(InputStream in) {
        byte[] bytes;
        try (InputStream limited = new LimitedInputStream(in, limits.maxInputBytes())) {
            bytes = limited.readAllBytes();
        } catch (IOException e) {
            throw new FormatException(Phrase.of("gift.unreadable", String.valueOf(e.getMessage())), e);
        }
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                throw new FormatException(Phrase.of("gift.binary", lineAt(bytes, i)));
            }
        }
        ByteBuffer input = ByteBuffer.wrap(bytes);
        CharBuffer output = CharBuffer.allocate(bytes.length);
        CoderResult result = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT).decode(input, output, true);
        if (result.isError()) {
            throw notUtf8(bytes, input.position());
        }
        String s = output.flip().toString();
        return (s.startsWith("\uFEFF") ? s.substring(1) : s).replace("\r\n", "\n");
    }

    /**
     * Moodle reads GIFT files as UTF-8 only; files saved by older Windows editors are often
     * windows-1252, where "é" is the single byte 0xE9. Says where, and how the byte reads there.
     */
    private static FormatException notUtf8(byte[] bytes, int offset) {
        int b = bytes[offset] & 0xFF;
        String asWindows1252 = new String(new byte[] {bytes[offset]}, Charset.forName("windows-1252"));
        String hex = String.format("0x%02X", b);
        return new FormatException(b >= 0x80 && !asWindows1252.equals("\uFFFD")
                ? Phrase.of("gift.notUtf8.windows1252", lineAt(bytes, offset), hex, asWindows1252)
                : Phrase.of("gift.notUtf8", lineAt(bytes, offset), hex));
    }

    private static int lineAt(byte[] bytes, int offset) {
        int line = 1;
        for (int i = 0; i < offset; i++) {
            if (bytes[i] == '\n') {
                line++;
            }
        }
        return line;
    }

    private static boolean insideBraces(CharSequence s) {
        int depth = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '{') {
                depth++;
            } else if (c == '}') {
                depth--;
            }
        }
        return depth > 0;
    }

    private void parseQuestion(String prefix, String category, String block, int line, List<DraftItem> items,
                               List<QuestionImport.Skipped> skipped, Map<String, Integer> seen) {
        String rest = block;
        String title = "";
        if (rest.startsWith("::")) {
            int end = indexUnescaped(rest, "::", 2);
            if (end < 0) {
                throw new FormatException(Phrase.of("gift.unclosedTitle", line));
            }
            title = ClozeSyntax.unescape(rest.substring(2, end));
            rest = rest.substring(end + 2).strip();
        }
        GiftText tagged = GiftText.parse(rest, GiftText.Format.MOODLE);
        GiftText.Format format = tagged.format();
        rest = tagged.text();
        int open = indexUnescaped(rest, "{", 0);
        if (open < 0) {
            throw new FormatException(Phrase.of("gift.noAnswers", line));
        }
        int close = indexUnescaped(rest, "}", open + 1);
        if (close < 0) {
            throw new FormatException(Phrase.of("gift.missingClosingBrace", line));
        }
        String before = ClozeSyntax.unescape(rest.substring(0, open));
        String after = ClozeSyntax.unescape(rest.substring(close + 1));
        String text = after.isBlank() ? before : before + " _____ " + after;
        String stem = new GiftText(format, text).html();
        String name = title.isBlank() ? abbreviate(text) : title;
        String answers = rest.substring(open + 1, close).strip();

        String generalFeedback = "";
        int gf = indexUnescaped(answers, "####", 0);
        if (gf >= 0) {
            generalFeedback = html(answers.substring(gf + 4), format);
            answers = answers.substring(0, gf).strip();
        }

        QuestionType type;
        List<Choice> choices = new ArrayList<>();
        List<MatchPair> pairs = new ArrayList<>();
        if (answers.isEmpty()) {
            type = QuestionType.ESSAY;
        } else if (answers.startsWith("#")) {
            skipped.add(new QuestionImport.Skipped(name, Phrase.of("questions.giftNumerical")));
            return;
        } else if (answers.matches("(?s)(T|TRUE|F|FALSE)\\s*(#.*)?")) {
            type = QuestionType.TRUE_FALSE;
            List<String> parts = ClozeSyntax.splitUnescaped(answers, '#');
            boolean truth = parts.get(0).strip().startsWith("T");
            String fbWrong = parts.size() > 1 ? html(parts.get(1), format) : "";
            String fbRight = parts.size() > 2 ? html(parts.get(2), format) : "";
            choices.add(new Choice("true", truth ? 1 : 0, truth ? fbRight : fbWrong, 0));
            choices.add(new Choice("false", truth ? 0 : 1, truth ? fbWrong : fbRight, 0));
        } else {
            List<String[]> entries = answerEntries(answers, line);
            boolean anyTilde = entries.stream().anyMatch(e -> e[0].equals("~"));
            boolean matching = entries.stream().allMatch(e -> e[0].equals("=")) && entries.stream()
                    .allMatch(e -> indexUnescaped(e[1], "->", 0) >= 0);
            if (matching) {
                type = QuestionType.MATCHING;
                for (String[] e : entries) {
                    int arrow = indexUnescaped(e[1], "->", 0);
                    // as in Moodle, only the prompt may carry a format tag: the answer is plain text
                    pairs.add(new MatchPair(html(e[1].substring(0, arrow), format),
                            ClozeSyntax.unescape(e[1].substring(arrow + 2))));
                }
            } else {
                for (String[] e : entries) {
                    String body = e[1];
                    double fraction = e[0].equals("=") ? 1 : 0;
                    if (body.startsWith("%")) {
                        int end = body.indexOf('%', 1);
                        if (end < 0) {
                            throw new FormatException(Phrase.of("gift.unclosedWeight", line));
                        }
                        try {
                            fraction = Double.parseDouble(body.substring(1, end)) / 100.0;
                        } catch (NumberFormatException ex) {
                            throw new FormatException(Phrase.of("gift.badWeight", line, body.substring(0, end + 1)));
                        }
                        body = body.substring(end + 1);
                    }
                    List<String> parts = ClozeSyntax.splitUnescaped(body, '#');
                    // a typed answer is compared as written: its tag goes, its text stays plain
                    String answer = anyTilde ? html(parts.get(0), format)
                            : GiftText.parse(ClozeSyntax.unescape(parts.get(0)), format).text();
                    choices.add(new Choice(answer, fraction, parts.size() > 1 ? html(parts.get(1), format) : "", 0));
                }
                long rightOnes = choices.stream().filter(Choice::correct).count();
                if (!anyTilde) {
                    type = QuestionType.SHORT_ANSWER;
                } else if (rightOnes > 1 || choices.stream().anyMatch(c -> c.fraction() > 0 && c.fraction() < 1)) {
                    type = QuestionType.MULTIPLE_CHOICE;
                } else {
                    type = QuestionType.SINGLE_CHOICE;
                }
                if (rightOnes == 0) {
                    throw new FormatException(Phrase.of("gift.noRightAnswer", line, name));
                }
            }
        }
        String base = prefix + ":" + category + "/" + name;
        int n = seen.merge(base, 1, Integer::sum);
        items.add(new DraftItem(n == 1 ? base : base + "#" + n, type, name, category, stem, choices, pairs, List.of(),
                generalFeedback, "", 1, true, "", List.of(), List.of(), List.of(), "").hashed());
    }

    /** An answer or feedback text: escapes undone, format tag applied (the question's format by default). */
    private static String html(String raw, GiftText.Format questionFormat) {
        return GiftText.parse(ClozeSyntax.unescape(raw), questionFormat).html();
    }

    /** Splits an answer block into (marker, text) at unescaped {@code =} and {@code ~}. */
    private static List<String[]> answerEntries(String answers, int line) {
        List<String[]> out = new ArrayList<>();
        String marker = null;
        StringBuilder cur = new StringBuilder();
        for (int i = 0; i < answers.length(); i++) {
            char c = answers.charAt(i);
            if (c == '\\' && i + 1 < answers.length()) {
                cur.append(c).append(answers.charAt(++i));
            } else if (c == '=' || c == '~') {
                if (marker != null) {
                    out.add(new String[] {marker, cur.toString().strip()});
                } else if (!cur.toString().isBlank()) {
                    throw new FormatException(Phrase.of("gift.answerWithoutMarker", line, cur.toString().strip()));
                }
                marker = String.valueOf(c);
                cur.setLength(0);
            } else {
                cur.append(c);
            }
        }
        if (marker == null) {
            throw new FormatException(Phrase.of("gift.unreadableAnswers", line, answers));
        }
        out.add(new String[] {marker, cur.toString().strip()});
        return out;
    }

    private static int indexUnescaped(String s, String token, int from) {
        for (int i = from; i <= s.length() - token.length(); i++) {
            if (s.charAt(i) == '\\') {
                i++;
                continue;
            }
            if (s.startsWith(token, i)) {
                return i;
            }
        }
        return -1;
    }

    private static String abbreviate(String s) {
        String one = s.replaceAll("\\s+", " ").strip();
        return one.length() > 60 ? one.substring(0, 60) : one;
    }
}
