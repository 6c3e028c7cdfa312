package fr.plume.tool.itembank.application;

import fr.plume.framework.content.Item;
import fr.plume.framework.content.ItemJson;
import fr.plume.framework.content.ItemProblem;
import fr.plume.framework.content.ItemSelfCheck;
import fr.plume.framework.content.ItemStatus;
import fr.plume.framework.content.ItemType;
import fr.plume.framework.content.IrtPrior;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * What the item editor posts. The answer key is written in the bank's item format (the
 * {@code answer} object of an item file, one shape per type, see docs/authors.md), so every
 * existing type can be authored with one editor and checked by the same reader as the bank files.
 *
 * @param id      null for a new item
 * @param answer  the answer key as JSON
 */
public record ItemForm(UUID id, ItemType type, String competency, int level, String stemFr, String stemEn,
        String answer, String feedbackFr, String feedbackEn, String explanationFr, String explanationEn,
        String licence, boolean screenReader, boolean colourBlindSafe, String authors) {

    private static final JsonMapper MAPPER = JsonMapper.builder().build();
    public static final String DEFAULT_LICENCE = "CC-BY-SA-4.0";

    /** Either the item or the problems that keep it from being one (each with where it is). */
    public record Built(Item item, List<String> problems) {
        public boolean valid() {
            return item != null && problems.isEmpty();
        }
    }

    public static ItemForm of(Item item) {
        JsonNode file = MAPPER.readTree(ItemJson.write(item.competency(), List.of(item)));
        String answer = MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(file.get("items").get(0).get("answer"));
        return new ItemForm(item.id(), item.type(), item.competency(), item.level(), item.stem().fr(), item.stem().en(),
                answer, item.feedback().fr(), item.feedback().en(), item.explanation().fr(), item.explanation().en(),
                item.licence(), item.accessibility().screenReaderFriendly(), item.accessibility().colourBlindSafe(),
                String.join("\n", item.authors()));
    }

    /** An empty form for a new item of {@code type}, with an example key of that type's shape. */
    public static ItemForm blank(ItemType type) {
        return new ItemForm(null, type, "", 1, "", "", AnswerTemplates.of(type), "", "", "", "", DEFAULT_LICENCE, true,
                true, "");
    }

    /**
     * The item this form describes, as a DRAFT with prior parameters for its level.
     *
     * @param id     the item's id (a new one for a new item)
     * @param family the family of the item ({@code plume-} and the start of its id for a new item)
     */
    public Built build(UUID id, String family, int variant, List<String> defaultAuthors) {
        JsonNode key;
        try {
            key = MAPPER.readTree(answer == null || answer.isBlank() ? "{}" : answer);
        } catch (JacksonException e) {
            return new Built(null, List.of("answer: " + e.getOriginalMessage()));
        }
        if (type == null) {
            return new Built(null, List.of("type: required"));
        }
        ObjectNode node = MAPPER.createObjectNode();
        node.put("id", id.toString());
        node.put("family", family);
        node.put("variant", variant);
        node.put("type", type.name());
        node.put("level", level);
        node.set("stem", text(stemFr, stemEn));
        node.set("answer", key);
        node.set("feedback", text(feedbackFr, feedbackEn));
        node.set("explanation", text(explanationFr, explanationEn));
        int safeLevel = Math.max(Item.MIN_LEVEL, Math.min(Item.MAX_LEVEL, level));
        IrtPrior prior = IrtPrior.forLevel(safeLevel);
        node.putObject("irt").put("a", prior.a()).put("b", prior.b());
        node.putObject("accessibility").put("screenReader", screenReader).put("colourBlindSafe", colourBlindSafe);
        node.put("licence", licence == null || licence.isBlank() ? DEFAULT_LICENCE : licence.strip());
        var authorArray = node.putArray("authors");
        List<String> names = lines(authors);
        (names.isEmpty() ? defaultAuthors : names).forEach(authorArray::add);
        node.put("status", ItemStatus.DRAFT.name());
        ObjectNode file = MAPPER.createObjectNode();
        file.put("competency", competency == null ? "" : competency.strip());
        file.putArray("items").add(node);
        ItemJson.FileResult result = ItemJson.read("editor.json",
                MAPPER.writeValueAsString(file).getBytes(StandardCharsets.UTF_8));
        List<String> problems = new ArrayList<>();
        result.problems().stream().map(ItemForm::describe).forEach(problems::add);
        if (result.items().size() != 1) {
            return new Built(null, problems.isEmpty() ? List.of("item: not readable") : problems);
        }
        Item item = result.items().get(0);
        problems.addAll(ItemSelfCheck.problems(item));
        return new Built(item, problems);
    }

    static List<String> lines(String text) {
        if (text == null) {
            return List.of();
        }
        return text.lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
    }

    private static String describe(ItemProblem problem) {
        String pointer = problem.pointer().replaceFirst("^/items/0/?", "");
        return (pointer.isEmpty() ? "item" : pointer) + ": " + problem.message();
    }

    private static ObjectNode text(String fr, String en) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("fr", fr == null ? "" : fr.strip());
        if (en != null && !en.isBlank()) {
            node.put("en", en.strip());
        }
        return node;
    }
}
