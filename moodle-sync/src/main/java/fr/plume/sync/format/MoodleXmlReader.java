package fr.plume.sync.format;

import fr.plume.sync.i18n.Phrase;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads Moodle XML question files (question/format/xml), streaming question by question.
 * All or nothing: a malformed or hostile file throws and yields no item; question types
 * Plume has no equivalent for are reported as skipped.
 */
public final class MoodleXmlReader {

    private final InputLimits limits;

    public MoodleXmlReader(InputLimits limits) {
        this.limits = limits;
    }

    public MoodleXmlReader() {
        this(InputLimits.DEFAULT);
    }

    /**
     * @param sourcePrefix prefix of every item's source id (e.g. the file's logical name), so
     *                     that ids stay unique across files
     */
    public QuestionImport read(String sourcePrefix, InputStream in) {
        List<DraftItem> items = new ArrayList<>();
        List<QuestionImport.Skipped> skipped = new ArrayList<>();
        Map<String, Integer> seenIds = new HashMap<>();
        String[] category = {""};
        List<QuestionImport.Warning> warnings = new ArrayList<>();
        SafeXmlStream stream = new SafeXmlStream(limits, Set.of("question"),
                e -> e.name().equals("file") && !e.attribute("encoding").isEmpty() || e.name().equals("image_base64"));
        String root = stream.stream(in, question -> handle(sourcePrefix, question, category, items, skipped, warnings,
                seenIds));
        if (!"quiz".equals(root)) {
            throw new FormatException(Phrase.of("xml.notMoodleXml"));
        }
        return new QuestionImport(items, skipped, warnings);
    }

    private void handle(String prefix, XmlElement q, String[] category, List<DraftItem> items,
                        List<QuestionImport.Skipped> skipped, List<QuestionImport.Warning> warnings,
                        Map<String, Integer> seenIds) {
        String type = q.attribute("type");
        if (type.equals("category")) {
            category[0] = categoryPath(q.textAt("category", "text"));
            return;
        }
        String name = q.textAt("name", "text");
        QuestionType qt = switch (type) {
            case "multichoice" -> isTrue(q.textAt("single")) ? QuestionType.SINGLE_CHOICE : QuestionType.MULTIPLE_CHOICE;
            case "truefalse" -> QuestionType.TRUE_FALSE;
            case "shortanswer" -> QuestionType.SHORT_ANSWER;
            // Moodle exports cloze questions as "cloze" and reads both names
            case "multianswer", "cloze" -> QuestionType.CLOZE;
            case "gapselect" -> QuestionType.GAP_SELECT;
            case "ddwtos" -> QuestionType.DRAG_DROP_WORDS;
            case "matching", "match" -> QuestionType.MATCHING;
            case "essay" -> QuestionType.ESSAY;
            default -> null;
        };
        if (qt == null) {
            skipped.add(new QuestionImport.Skipped(name, Phrase.of("questions.skippedType", type)));
            return;
        }
        XmlElement questionText = q.child("questiontext");
        String stem = questionText == null ? "" : questionText.textAt("text");
        List<AttachmentRef> attachments = new ArrayList<>();
        for (XmlElement file : q.descendants("file")) {
            String fileName = PluginFileNames.checkName(file.attribute("name"));
            PluginFileNames.checkPath(file.attribute("path"));
            attachments.add(new AttachmentRef(fileName, file.skippedChars() / 4 * 3));
        }
        Optional<AttachmentRef> oldImage = oldImage(q, name, warnings);
        if (oldImage.isPresent()) {
            attachments.add(oldImage.get());
            stem = stem + " <img src=\"@@PLUGINFILE@@/" + oldImage.get().name() + "\" />";
        }
        List<Choice> choices = new ArrayList<>();
        List<MatchPair> pairs = new ArrayList<>();
        List<ClozeGap> gaps = List.of();
        switch (qt) {
            case SINGLE_CHOICE, MULTIPLE_CHOICE, TRUE_FALSE, SHORT_ANSWER -> {
                for (XmlElement a : q.children("answer")) {
                    choices.add(new Choice(a.textAt("text"), fraction(a.attribute("fraction"), name),
                            a.textAt("feedback", "text"), 0));
                }
                if (choices.isEmpty()) {
                    skipped.add(new QuestionImport.Skipped(name, Phrase.of("questions.noAnswer")));
                    return;
                }
            }
            case GAP_SELECT, DRAG_DROP_WORDS -> {
                String optionName = qt == QuestionType.GAP_SELECT ? "selectoption" : "dragbox";
                for (XmlElement o : q.children(optionName)) {
                    choices.add(new Choice(o.textAt("text"), 1, "", parseInt(o.textAt("group"), 1)));
                }
                if (choices.isEmpty()) {
                    skipped.add(new QuestionImport.Skipped(name, Phrase.of("questions.noGapOption")));
                    return;
                }
            }
            case MATCHING -> {
                for (XmlElement s : q.children("subquestion")) {
                    pairs.add(new MatchPair(s.textAt("text"), s.textAt("answer", "text")));
                }
                if (pairs.stream().filter(p -> !p.prompt().isEmpty()).count() < 2) {
                    skipped.add(new QuestionImport.Skipped(name, Phrase.of("questions.fewPairs")));
                    return;
                }
            }
            case CLOZE -> {
                gaps = ClozeSyntax.parse(stem);
                List<Phrase> refusals = ClozeSyntax.moodleRefusals(gaps);
                if (!refusals.isEmpty()) {
                    skipped.add(new QuestionImport.Skipped(name, Phrase.of("questions.clozeRefused",
                            Phrase.joined(refusals))));
                    return;
                }
            }
            case ESSAY -> {
                // no answers: graderinfo carries the marking guidance
            }
        }
        List<String> tags = new ArrayList<>();
        for (XmlElement t : q.child("tags") == null ? List.<XmlElement>of() : q.child("tags").children("tag")) {
            tags.add(Text.canonical(t.textAt("text")));
        }
        String idnumber = q.textAt("idnumber");
        String baseId = prefix + ":" + (idnumber.isBlank() ? category[0] + "/" + name : "idnumber/" + idnumber.strip());
        int n = seenIds.merge(baseId, 1, Integer::sum);
        String sourceId = n == 1 ? baseId : baseId + "#" + n;
        items.add(new DraftItem(sourceId, qt, name, category[0], stem, choices, pairs, gaps,
                q.textAt("generalfeedback", "text"), q.textAt("graderinfo", "text"),
                parseDouble(q.textAt("defaultgrade"), 1), shuffle(q), idnumber, tags, List.of(), attachments, "")
                .hashed());
    }

    /**
     * Moodle 1.9 files carry a picture as {@code <image>} (its name) plus {@code <image_base64>}
     * (its content). Moodle's importer turns the pair into a file of the question text, named
     * after the image path with "/" replaced by "_", and appends an {@code <img>} to the text;
     * a name without content (a course file of the old site) is silently dropped there, and
     * reported here.
     */
    private static Optional<AttachmentRef> oldImage(XmlElement q, String question, List<QuestionImport.Warning> warnings) {
        String image = q.textAt("image").strip();
        XmlElement content = q.child("image_base64");
        long chars = content == null ? 0 : content.skippedChars();
        if (image.isEmpty() && chars == 0) {
            return Optional.empty();
        }
        if (image.isEmpty() || chars == 0) {
            warnings.add(new QuestionImport.Warning(question, image.isEmpty()
                    ? Phrase.of("questions.contentWithoutImage") : Phrase.of("questions.imageWithoutContent", image)));
            return Optional.empty();
        }
        return Optional.of(new AttachmentRef(PluginFileNames.checkName(oldImageFileName(image)), chars / 4 * 3));
    }

    /** The name Moodle gives the file: "/" → "_", then its PARAM_FILE cleaning. */
    static String oldImageFileName(String image) {
        String name = image.replace('/', '_').replaceAll("[\\p{Cntrl}&<>\"`|':\\\\]", "").strip();
        return name.isEmpty() || name.equals(".") || name.equals("..") ? "image" : name;
    }

    private static boolean shuffle(XmlElement q) {
        XmlElement s = q.child("shuffleanswers");
        return s == null || isTrue(s.text());
    }

    /** "$course$/top/Accords/Participe" → "Accords/Participe". */
    static String categoryPath(String raw) {
        String p = Text.canonical(raw);
        p = p.replaceFirst("^\\$[a-z]+\\$/", "");
        p = p.replaceFirst("^top(/|$)", "");
        return p;
    }

    private static boolean isTrue(String s) {
        String t = s.strip();
        return t.equals("true") || t.equals("1");
    }

    private static double fraction(String percent, String question) {
        if (percent.isBlank()) {
            return 0;
        }
        try {
            double f = Double.parseDouble(percent.strip()) / 100.0;
            if (f < -1.0000001 || f > 1.0000001) {
                throw new FormatException(Phrase.of("xml.fractionOutOfRange", question, percent));
            }
            return Math.round(f * 1e7) / 1e7;
        } catch (NumberFormatException e) {
            throw new FormatException(Phrase.of("xml.badFraction", question, percent));
        }
    }

    private static int parseInt(String s, int fallback) {
        try {
            return s.isBlank() ? fallback : Integer.parseInt(s.strip());
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    private static double parseDouble(String s, double fallback) {
        try {
            return s.isBlank() ? fallback : Double.parseDouble(s.strip());
        } catch (NumberFormatException e) {
            return fallback;
        }
    }
}
