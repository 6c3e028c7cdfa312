package fr.plume.framework.content;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The JSON format of item files: one file per competency, {@code {"competency": "1.2", "items": [...]}}.
 * Reading never stops at the first problem: it returns the items that are valid and every problem found,
 * each with its file and JSON pointer, so an author can fix a whole file at once.
 */
public final class ItemJson {

    private static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    /** The valid items of one file and the problems of the whole file. */
    public record FileResult(String file, String competency, List<Item> items, List<ItemProblem> problems) {
        public boolean valid() {
            return problems.isEmpty();
        }
    }

    /** The valid items of a directory of files and the problems of all of them. */
    public record BankResult(List<FileResult> files, List<ItemProblem> problems) {
        public boolean valid() {
            return problems.isEmpty();
        }

        public List<Item> items() {
            return files.stream().flatMap(file -> file.items().stream()).toList();
        }
    }

    private ItemJson() {
    }

    public static FileResult read(Path file) {
        try {
            return read(file.getFileName().toString(), Files.readAllBytes(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static FileResult read(String fileName, byte[] content) {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content)).toString();
        } catch (CharacterCodingException e) {
            return failed(fileName, "the file is not valid UTF-8");
        }
        if (text.startsWith("\uFEFF")) {
            return failed(fileName, "the file starts with a byte order mark; save it as UTF-8 without BOM");
        }
        JsonNode root;
        try {
            root = MAPPER.readTree(text);
        } catch (JacksonException e) {
            return failed(fileName, "not valid JSON: " + e.getOriginalMessage()
                    + (e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr() + ", column "
                    + e.getLocation().getColumnNr() + ")"));
        }
        return new ItemFileReader(fileName).read(root);
    }

    /**
     * Reads every {@code *.json} file of {@code directory}. Besides each file's own problems, it reports ids and
     * family variants used twice across files and files not named after their competency ({@code 1.2.json}).
     */
    public static BankResult readDirectory(Path directory) {
        List<Path> paths;
        try (Stream<Path> listing = Files.list(directory)) {
            paths = listing.filter(path -> path.getFileName().toString().endsWith(".json")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<FileResult> files = new ArrayList<>();
        List<ItemProblem> problems = new ArrayList<>();
        Map<UUID, String> ids = new HashMap<>();
        Map<String, String> variants = new HashMap<>();
        for (Path path : paths) {
            FileResult result = read(path);
            files.add(result);
            problems.addAll(result.problems());
            if (!result.competency().isEmpty() && !path.getFileName().toString().equals(result.competency() + ".json")) {
                problems.add(new ItemProblem(result.file(), "/competency",
                        "the file of competency " + result.competency() + " must be named " + result.competency() + ".json"));
            }
            for (Item item : result.items()) {
                String earlier = ids.putIfAbsent(item.id(), result.file());
                if (earlier != null && !earlier.equals(result.file())) {
                    problems.add(new ItemProblem(result.file(), pointerOf(result, item) + "/id", "duplicate id, also used in " + earlier));
                }
                String otherFile = variants.putIfAbsent(item.family() + "#" + item.variant(), result.file());
                if (otherFile != null && !otherFile.equals(result.file())) {
                    problems.add(new ItemProblem(result.file(), pointerOf(result, item) + "/variant",
                            "family " + item.family() + " variant " + item.variant() + " also exists in " + otherFile));
                }
            }
        }
        return new BankResult(List.copyOf(files), List.copyOf(problems));
    }

    public static String write(String competency, List<Item> items) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("competency", competency);
        ArrayNode array = root.putArray("items");
        for (Item item : items) {
            if (!item.competency().equals(competency)) {
                throw new IllegalArgumentException("item " + item.id() + " belongs to " + item.competency() + ", not " + competency);
            }
            array.add(itemNode(item));
        }
        return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(root) + "\n";
    }

    private static ObjectNode itemNode(Item item) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("id", item.id().toString());
        node.put("family", item.family());
        node.put("variant", item.variant());
        node.put("type", item.type().name());
        node.put("level", item.level());
        node.set("stem", text(item.stem()));
        node.set("answer", answer(item.answer()));
        node.set("feedback", text(item.feedback()));
        node.set("explanation", text(item.explanation()));
        ObjectNode irt = node.putObject("irt");
        irt.put("a", item.irt().a());
        irt.put("b", item.irt().b());
        ObjectNode accessibility = node.putObject("accessibility");
        accessibility.put("screenReader", item.accessibility().screenReaderFriendly());
        accessibility.put("colourBlindSafe", item.accessibility().colourBlindSafe());
        if (!item.matching().equals(MatchingPolicy.DEFAULT)) {
            ObjectNode matching = node.putObject("matching");
            matching.put("foldLigatures", item.matching().foldLigatures());
            matching.put("caseSensitive", item.matching().caseSensitive());
            matching.put("ignoreFinalPunctuation", item.matching().ignoreFinalPunctuation());
            matching.put("acceptUnaccentedCapitals", item.matching().acceptUnaccentedCapitals());
            matching.put("foldApostrophes", item.matching().foldApostrophes());
            matching.put("foldDashes", item.matching().foldDashes());
        }
        node.put("licence", item.licence());
        strings(node.putArray("authors"), item.authors());
        node.put("status", item.status().name());
        return node;
    }

    private static ObjectNode answer(AnswerSpec answer) {
        ObjectNode node = MAPPER.createObjectNode();
        if (answer instanceof AnswerSpec.SingleChoice key) {
            strings(node.putArray("options"), key.options());
            node.put("correct", key.correct());
        } else if (answer instanceof AnswerSpec.MultipleChoice key) {
            strings(node.putArray("options"), key.options());
            ArrayNode correct = node.putArray("correct");
            key.correct().forEach(correct::add);
        } else if (answer instanceof AnswerSpec.Cloze key) {
            node.put("text", key.text());
            ArrayNode gaps = node.putArray("gaps");
            for (AnswerSpec.Gap gap : key.gaps()) {
                ObjectNode gapNode = gaps.addObject();
                gapNode.put("id", gap.id());
                if (gap instanceof AnswerSpec.TypedGap typed) {
                    gapNode.put("mode", "TYPED");
                    strings(gapNode.putArray("accepted"), typed.accepted());
                    strings(gapNode.putArray("rejectedExamples"), typed.rejectedExamples());
                } else {
                    AnswerSpec.SelectGap select = (AnswerSpec.SelectGap) gap;
                    gapNode.put("mode", "SELECT");
                    strings(gapNode.putArray("options"), select.options());
                    gapNode.put("correct", select.correct());
                }
            }
        } else if (answer instanceof AnswerSpec.SpotTheError key) {
            strings(node.putArray("segments"), key.segments());
            if (key.errorSegment().isPresent()) {
                node.put("errorSegment", key.errorSegment().getAsInt());
            } else {
                node.putNull("errorSegment");
            }
        } else if (answer instanceof AnswerSpec.CorrectTheError key) {
            node.put("sentence", key.sentence());
            node.put("wrongSegment", key.wrongSegment());
            strings(node.putArray("accepted"), key.accepted());
            strings(node.putArray("rejectedExamples"), key.rejectedExamples());
        } else if (answer instanceof AnswerSpec.Reorder key) {
            strings(node.putArray("units"), key.units());
            ArrayNode also = node.putArray("alsoAccepted");
            key.alsoAccepted().forEach(order -> strings(also.addArray(), order));
        } else if (answer instanceof AnswerSpec.Matching key) {
            strings(node.putArray("left"), key.left());
            strings(node.putArray("right"), key.right());
            ArrayNode pairs = node.putArray("pairs");
            key.pairs().forEach(pair -> pairs.addArray().add(pair.left()).add(pair.right()));
        } else if (answer instanceof AnswerSpec.ShortAnswer key) {
            strings(node.putArray("accepted"), key.accepted());
            strings(node.putArray("rejectedExamples"), key.rejectedExamples());
        } else {
            AnswerSpec.Essay essay = (AnswerSpec.Essay) answer;
            ArrayNode rubric = node.putArray("rubric");
            for (RubricCriterion criterion : essay.rubric()) {
                ObjectNode criterionNode = rubric.addObject();
                criterionNode.set("criterion", text(criterion.criterion()));
                criterionNode.put("maxPoints", criterion.maxPoints());
            }
            node.put("minWords", essay.minWords());
            node.put("maxWords", essay.maxWords());
        }
        return node;
    }

    private static ObjectNode text(ItemText text) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("fr", text.fr());
        if (text.hasEnglish()) {
            node.put("en", text.en());
        }
        return node;
    }

    private static void strings(ArrayNode array, List<String> values) {
        values.forEach(array::add);
    }

    private static String pointerOf(FileResult result, Item item) {
        return "/items/" + result.items().indexOf(item);
    }

    private static FileResult failed(String fileName, String message) {
        return new FileResult(fileName, "", List.of(), List.of(new ItemProblem(fileName, "", message)));
    }
}
