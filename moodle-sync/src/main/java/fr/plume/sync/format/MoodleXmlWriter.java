package fr.plume.sync.format;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Writes draft items as a Moodle XML file that Moodle's question import accepts
 * (question/format/xml/format.php): one {@code category} pseudo-question before each group,
 * then the questions with their type-specific elements.
 */
public final class MoodleXmlWriter {

    private final Predicate<DraftItem> caseSensitive;

    /** Short answers compared case-sensitively ({@code usecase} 1), as imported questions are written back. */
    public MoodleXmlWriter() {
        this(item -> true);
    }

    /** @param caseSensitive whether Moodle must compare a short-answer item's answers with case ({@code usecase}) */
    public MoodleXmlWriter(Predicate<DraftItem> caseSensitive) {
        this.caseSensitive = caseSensitive;
    }

    public void write(List<DraftItem> items, OutputStream out) throws IOException {
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        w.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<quiz>\n");
        Map<String, List<DraftItem>> byCategory = new LinkedHashMap<>();
        for (DraftItem item : items) {
            byCategory.computeIfAbsent(item.category(), k -> new ArrayList<>()).add(item);
        }
        for (Map.Entry<String, List<DraftItem>> group : byCategory.entrySet()) {
            w.write("  <question type=\"category\">\n    <category>\n      <text>"
                    + escape("$course$/top" + (group.getKey().isEmpty() ? "" : "/" + padded(group.getKey())))
                    + "</text>\n    </category>\n    <info format=\"html\">\n      <text></text>\n    </info>\n  </question>\n");
            for (DraftItem item : group.getValue()) {
                writeQuestion(item, w);
            }
        }
        w.write("</quiz>\n");
        w.flush();
    }

    /** A first name starting with "/" keeps the space Moodle pads it with ({@link MoodleCategoryPath#segment}). */
    private static String padded(String category) {
        return category.startsWith("/") ? " " + category : category;
    }

    private void writeQuestion(DraftItem q, Writer w) throws IOException {
        String type = q.type().moodleType();
        if (q.type() == QuestionType.MATCHING) {
            type = "matching";
        }
        w.write("  <question type=\"" + type + "\">\n");
        w.write("    <name>\n      <text>" + escape(q.name()) + "</text>\n    </name>\n");
        w.write(formatted("questiontext", q.stem(), 4));
        w.write(formatted("generalfeedback", q.generalFeedback(), 4));
        w.write("    <defaultgrade>" + ClozeSyntax.trimNumber(q.defaultGrade()) + "</defaultgrade>\n");
        w.write("    <penalty>" + (q.type() == QuestionType.TRUE_FALSE ? "1" : "0.3333333") + "</penalty>\n");
        w.write("    <hidden>0</hidden>\n");
        w.write("    <idnumber>" + escape(q.idnumber()) + "</idnumber>\n");
        switch (q.type()) {
            case SINGLE_CHOICE, MULTIPLE_CHOICE -> {
                w.write("    <single>" + (q.type() == QuestionType.SINGLE_CHOICE) + "</single>\n");
                w.write("    <shuffleanswers>" + q.shuffle() + "</shuffleanswers>\n");
                w.write("    <answernumbering>abc</answernumbering>\n");
                w.write("    <showstandardinstruction>0</showstandardinstruction>\n");
                writeCombinedFeedback(w);
                writeAnswers(q, w);
            }
            case TRUE_FALSE, SHORT_ANSWER -> {
                if (q.type() == QuestionType.SHORT_ANSWER) {
                    w.write("    <usecase>" + (caseSensitive.test(q) ? 1 : 0) + "</usecase>\n");
                }
                writeAnswers(q, w);
            }
            case GAP_SELECT, DRAG_DROP_WORDS -> {
                w.write("    <shuffleanswers>" + (q.shuffle() ? 1 : 0) + "</shuffleanswers>\n");
                writeCombinedFeedback(w);
                String element = q.type() == QuestionType.GAP_SELECT ? "selectoption" : "dragbox";
                for (int i = 0; i < q.choices().size(); i++) {
                    Choice c = q.choices().get(i);
                    // a word dropped into several boxes must be draggable more than once (qtype_ddwtos "infinite")
                    String infinite = q.type() == QuestionType.DRAG_DROP_WORDS && placeholders(q.stem(), i + 1) > 1
                            ? "      <infinite/>\n" : "";
                    w.write("    <" + element + ">\n      <text>" + escape(c.text()) + "</text>\n      <group>"
                            + Math.max(1, c.group()) + "</group>\n" + infinite + "    </" + element + ">\n");
                }
            }
            case MATCHING -> {
                w.write("    <shuffleanswers>" + q.shuffle() + "</shuffleanswers>\n");
                writeCombinedFeedback(w);
                for (MatchPair p : q.pairs()) {
                    w.write("    <subquestion format=\"html\">\n      <text>" + escape(p.prompt())
                            + "</text>\n      <answer>\n        <text>" + escape(p.answer())
                            + "</text>\n      </answer>\n    </subquestion>\n");
                }
            }
            case CLOZE -> {
                // sub-questions travel inside the question text
            }
            case ESSAY -> {
                w.write("    <responseformat>editor</responseformat>\n    <responserequired>1</responserequired>\n");
                w.write("    <responsefieldlines>15</responsefieldlines>\n    <attachments>0</attachments>\n");
                w.write("    <attachmentsrequired>0</attachmentsrequired>\n");
                w.write(formatted("graderinfo", q.graderInfo(), 4));
                w.write("    <responsetemplate format=\"html\">\n      <text></text>\n    </responsetemplate>\n");
            }
        }
        if (!q.tags().isEmpty()) {
            w.write("    <tags>\n");
            for (String tag : q.tags()) {
                w.write("      <tag>\n        <text>" + escape(tag) + "</text>\n      </tag>\n");
            }
            w.write("    </tags>\n");
        }
        w.write("  </question>\n");
    }

    private static int placeholders(String stem, int choice) {
        String marker = "[[" + choice + "]]";
        int count = 0;
        for (int at = stem.indexOf(marker); at >= 0; at = stem.indexOf(marker, at + marker.length())) {
            count++;
        }
        return count;
    }

    private static void writeAnswers(DraftItem q, Writer w) throws IOException {
        for (Choice c : q.choices()) {
            w.write("    <answer fraction=\"" + ClozeSyntax.trimNumber(Math.round(c.fraction() * 1e7) / 1e5)
                    + "\" format=\"html\">\n      <text>" + escape(c.text()) + "</text>\n");
            w.write(formatted("feedback", c.feedback(), 6));
            w.write("    </answer>\n");
        }
    }

    private static void writeCombinedFeedback(Writer w) throws IOException {
        for (String name : List.of("correctfeedback", "partiallycorrectfeedback", "incorrectfeedback")) {
            w.write(formatted(name, "", 4));
        }
    }

    private static String formatted(String element, String text, int indent) {
        String pad = " ".repeat(indent);
        return pad + "<" + element + " format=\"html\">\n" + pad + "  <text>" + escape(text) + "</text>\n"
                + pad + "</" + element + ">\n";
    }

    static String escape(String s) {
        StringBuilder sb = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '"' -> sb.append("&quot;");
                default -> {
                    // characters XML 1.0 cannot carry are dropped rather than producing a file Moodle rejects
                    if (c >= 0x20 || c == '\n' || c == '\t' || c == '\r') {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.toString();
    }
}
