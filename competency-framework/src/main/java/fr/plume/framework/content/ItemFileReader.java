package fr.plume.framework.content;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import java.util.UUID;

import tools.jackson.databind.JsonNode;

/** Reads one parsed item file, collecting every problem instead of stopping at the first. */
final class ItemFileReader {

    private static final Set<String> FILE_FIELDS = Set.of("competency", "items");
    private static final Set<String> ITEM_FIELDS = Set.of("id", "family", "variant", "type", "level", "stem", "answer",
            "feedback", "explanation", "irt", "accessibility", "matching", "licence", "authors", "status");
    private static final Set<String> TEXT_FIELDS = Set.of("fr", "en");

    private final String file;
    private final List<ItemProblem> problems = new ArrayList<>();

    ItemFileReader(String file) {
        this.file = file;
    }

    List<ItemProblem> problems() {
        return List.copyOf(problems);
    }

    ItemJson.FileResult read(JsonNode root) {
        Node file = new Node(root, "");
        if (!root.isObject()) {
            problem(file, "an item file must be a JSON object with \"competency\" and \"items\"");
            return new ItemJson.FileResult(this.file, "", List.of(), problems());
        }
        onlyFields(file, FILE_FIELDS);
        String competency = string(file, "competency", true);
        Node itemsNode = file.child("items");
        Map<Integer, Item> itemsByPosition = new java.util.TreeMap<>();
        if (!itemsNode.json().isArray()) {
            problem(itemsNode, "\"items\" must be an array");
        } else {
            for (int i = 0; i < itemsNode.json().size(); i++) {
                Item item = item(itemsNode.element(i), competency == null ? "" : competency);
                if (item != null) {
                    itemsByPosition.put(i, item);
                }
            }
            reportDuplicates(itemsNode, itemsByPosition);
        }
        return new ItemJson.FileResult(this.file, competency == null ? "" : competency,
                List.copyOf(itemsByPosition.values()), problems());
    }

    private Item item(Node node, String competency) {
        int problemsBefore = problems.size();
        if (!node.json().isObject()) {
            problem(node, "an item must be a JSON object");
            return null;
        }
        onlyFields(node, ITEM_FIELDS);
        UUID id = uuid(node);
        String family = string(node, "family", true);
        int variant = integer(node, "variant", 1, Integer.MAX_VALUE);
        ItemType type = constant(node, "type", ItemType.class);
        int level = integer(node, "level", Item.MIN_LEVEL, Item.MAX_LEVEL);
        ItemText stem = text(node, "stem");
        AnswerSpec answer = type == null ? null : answer(node.child("answer"), type);
        ItemText feedback = text(node, "feedback");
        ItemText explanation = text(node, "explanation");
        IrtPrior irt = irt(node.child("irt"));
        Accessibility accessibility = accessibility(node.child("accessibility"));
        MatchingPolicy matching = matching(node.child("matching"));
        String licence = string(node, "licence", true);
        List<String> authors = strings(node.child("authors"), true);
        ItemStatus status = constant(node, "status", ItemStatus.class);
        if (problems.size() > problemsBefore) {
            return null;
        }
        try {
            Item item = new Item(id, family, variant, type, competency, level, stem, answer, feedback, explanation,
                    irt, accessibility, matching, licence, authors, status);
            List<String> keyProblems = ItemSelfCheck.problems(item);
            keyProblems.forEach(message -> problem(node.child("answer"), message));
            return keyProblems.isEmpty() ? item : null;
        } catch (IllegalArgumentException | IllegalStateException e) {
            problem(node, e.getMessage());
            return null;
        }
    }

    private AnswerSpec answer(Node node, ItemType type) {
        if (!node.json().isObject()) {
            problem(node, "\"answer\" is required and must be an object");
            return null;
        }
        int problemsBefore = problems.size();
        try {
            AnswerSpec answer = answerOfType(node, type);
            return problems.size() > problemsBefore ? null : answer;
        } catch (IllegalArgumentException e) {
            // The records refuse what the reader has usually reported already (an index out of range…).
            if (problems.size() == problemsBefore) {
                problem(node, e.getMessage());
            }
            return null;
        }
    }

    private AnswerSpec answerOfType(Node node, ItemType type) {
        return switch (type) {
            case SINGLE_CHOICE -> singleChoice(node);
            case MULTIPLE_CHOICE -> multipleChoice(node);
            case CLOZE -> cloze(node);
            case SPOT_THE_ERROR -> spotTheError(node);
            case CORRECT_THE_ERROR -> correctTheError(node);
            case REORDER -> reorder(node);
            case MATCHING -> matchingAnswer(node);
            case SHORT_ANSWER -> shortAnswer(node);
            case ESSAY -> essay(node);
        };
    }

    private AnswerSpec singleChoice(Node node) {
        onlyFields(node, Set.of("options", "correct"));
        List<String> options = options(node.child("options"));
        int correct = index(node.child("correct"), options.size());
        return new AnswerSpec.SingleChoice(options, correct);
    }

    private AnswerSpec multipleChoice(Node node) {
        onlyFields(node, Set.of("options", "correct"));
        List<String> options = options(node.child("options"));
        Node correctNode = node.child("correct");
        List<Integer> correct = new ArrayList<>();
        if (!correctNode.json().isArray() || correctNode.json().isEmpty()) {
            problem(correctNode, "\"correct\" must be a non-empty array of option indices");
        } else {
            for (int i = 0; i < correctNode.json().size(); i++) {
                correct.add(index(correctNode.element(i), options.size()));
            }
            if (new HashSet<>(correct).size() != correct.size()) {
                problem(correctNode, "an option index is listed twice");
            }
        }
        return new AnswerSpec.MultipleChoice(options, correct);
    }

    private AnswerSpec cloze(Node node) {
        onlyFields(node, Set.of("text", "gaps"));
        String text = string(node, "text", true);
        Node gapsNode = node.child("gaps");
        List<AnswerSpec.Gap> gaps = new ArrayList<>();
        if (!gapsNode.json().isArray() || gapsNode.json().isEmpty()) {
            problem(gapsNode, "\"gaps\" must be a non-empty array");
            return null;
        }
        for (int i = 0; i < gapsNode.json().size(); i++) {
            AnswerSpec.Gap gap = gap(gapsNode.element(i));
            if (gap != null) {
                gaps.add(gap);
            }
        }
        if (text != null) {
            List<Integer> markers = AnswerSpec.Cloze.markerIds(text);
            List<Integer> ids = gaps.stream().map(AnswerSpec.Gap::id).toList();
            if (new HashSet<>(markers).size() != markers.size()) {
                problem(node.child("text"), "a gap marker [[n]] appears twice in the text");
            }
            if (!new HashSet<>(markers).equals(new HashSet<>(ids)) || new HashSet<>(ids).size() != ids.size()) {
                problem(gapsNode, "gap ids " + ids + " do not match the markers " + markers + " of the text");
            }
        }
        return new AnswerSpec.Cloze(text == null ? "" : text, gaps);
    }

    private AnswerSpec.Gap gap(Node node) {
        if (!node.json().isObject()) {
            problem(node, "a gap must be an object");
            return null;
        }
        int id = integer(node, "id", 1, Integer.MAX_VALUE);
        String mode = string(node, "mode", true);
        if ("TYPED".equals(mode)) {
            onlyFields(node, Set.of("id", "mode", "accepted", "rejectedExamples"));
            return new AnswerSpec.TypedGap(id, strings(node.child("accepted"), true), optionalStrings(node.child("rejectedExamples")));
        }
        if ("SELECT".equals(mode)) {
            onlyFields(node, Set.of("id", "mode", "options", "correct"));
            List<String> options = options(node.child("options"));
            return new AnswerSpec.SelectGap(id, options, index(node.child("correct"), options.size()));
        }
        if (mode != null) {
            problem(node.child("mode"), "unknown gap mode « " + mode + " »; expected TYPED or SELECT");
        }
        return null;
    }

    private AnswerSpec spotTheError(Node node) {
        onlyFields(node, Set.of("segments", "errorSegment"));
        List<String> segments = strings(node.child("segments"), true);
        if (segments.size() < 2) {
            problem(node.child("segments"), "a sentence must be cut into at least two segments");
        }
        Node error = node.child("errorSegment");
        if (error.json().isMissingNode()) {
            problem(error, "\"errorSegment\" is required: the index of the wrong segment, or null when there is no error");
            return null;
        }
        OptionalInt errorSegment = error.json().isNull() ? OptionalInt.empty() : OptionalInt.of(index(error, segments.size()));
        return new AnswerSpec.SpotTheError(segments, errorSegment);
    }

    private AnswerSpec correctTheError(Node node) {
        onlyFields(node, Set.of("sentence", "wrongSegment", "accepted", "rejectedExamples"));
        String sentence = string(node, "sentence", true);
        String wrongSegment = string(node, "wrongSegment", true);
        if (sentence != null && wrongSegment != null && countOccurrences(sentence, wrongSegment) != 1) {
            problem(node.child("wrongSegment"), "the wrong segment must occur exactly once in the sentence");
        }
        return new AnswerSpec.CorrectTheError(sentence == null ? "" : sentence, wrongSegment == null ? "" : wrongSegment,
                strings(node.child("accepted"), true), optionalStrings(node.child("rejectedExamples")));
    }

    private AnswerSpec reorder(Node node) {
        onlyFields(node, Set.of("units", "alsoAccepted"));
        List<String> units = strings(node.child("units"), true);
        if (units.stream().distinct().count() < 2) {
            problem(node.child("units"), "at least two different units are needed");
        }
        Node also = node.child("alsoAccepted");
        List<List<String>> alsoAccepted = new ArrayList<>();
        if (!also.json().isMissingNode()) {
            if (!also.json().isArray()) {
                problem(also, "\"alsoAccepted\" must be an array of orders");
            } else {
                for (int i = 0; i < also.json().size(); i++) {
                    List<String> order = strings(also.element(i), true);
                    if (!sorted(order).equals(sorted(units))) {
                        problem(also.element(i), "an accepted order must use exactly the units, each once");
                    }
                    alsoAccepted.add(order);
                }
            }
        }
        return new AnswerSpec.Reorder(units, alsoAccepted);
    }

    private AnswerSpec matchingAnswer(Node node) {
        onlyFields(node, Set.of("left", "right", "pairs"));
        List<String> left = options(node.child("left"));
        List<String> right = options(node.child("right"));
        Node pairsNode = node.child("pairs");
        List<AnswerSpec.Pair> pairs = new ArrayList<>();
        if (!pairsNode.json().isArray()) {
            problem(pairsNode, "\"pairs\" must be an array of [left, right] index pairs");
            return null;
        }
        for (int i = 0; i < pairsNode.json().size(); i++) {
            Node pair = pairsNode.element(i);
            if (!pair.json().isArray() || pair.json().size() != 2) {
                problem(pair, "a pair must be [left index, right index]");
                continue;
            }
            pairs.add(new AnswerSpec.Pair(index(pair.element(0), left.size()), index(pair.element(1), right.size())));
        }
        Set<Integer> lefts = new HashSet<>();
        Set<Integer> rights = new HashSet<>();
        pairs.forEach(pair -> {
            lefts.add(pair.left());
            rights.add(pair.right());
        });
        if (lefts.size() != pairs.size() || pairs.size() != left.size()) {
            problem(pairsNode, "every left entry must appear in exactly one pair");
        }
        if (rights.size() != pairs.size()) {
            problem(pairsNode, "a right entry is used by two pairs");
        }
        return new AnswerSpec.Matching(left, right, pairs);
    }

    private AnswerSpec shortAnswer(Node node) {
        onlyFields(node, Set.of("accepted", "rejectedExamples"));
        return new AnswerSpec.ShortAnswer(strings(node.child("accepted"), true), optionalStrings(node.child("rejectedExamples")));
    }

    private AnswerSpec essay(Node node) {
        onlyFields(node, Set.of("rubric", "minWords", "maxWords"));
        Node rubricNode = node.child("rubric");
        List<RubricCriterion> rubric = new ArrayList<>();
        if (!rubricNode.json().isArray() || rubricNode.json().isEmpty()) {
            problem(rubricNode, "\"rubric\" must be a non-empty array of criteria");
        } else {
            for (int i = 0; i < rubricNode.json().size(); i++) {
                Node criterion = rubricNode.element(i);
                onlyFields(criterion, Set.of("criterion", "maxPoints"));
                ItemText text = text(criterion, "criterion");
                int maxPoints = integer(criterion, "maxPoints", 1, 100);
                if (text != null && maxPoints > 0) {
                    rubric.add(new RubricCriterion(text, maxPoints));
                }
            }
        }
        int minWords = integer(node, "minWords", 0, 100_000);
        int maxWords = integer(node, "maxWords", 1, 100_000);
        if (maxWords > 0 && minWords > maxWords) {
            problem(node.child("maxWords"), "maxWords must not be smaller than minWords");
        }
        return rubric.isEmpty() ? null : new AnswerSpec.Essay(rubric, Math.max(0, minWords), Math.max(minWords, maxWords));
    }

    private IrtPrior irt(Node node) {
        if (!node.json().isObject()) {
            problem(node, "\"irt\" is required: {\"a\": discrimination, \"b\": difficulty}");
            return null;
        }
        onlyFields(node, Set.of("a", "b"));
        Double a = number(node.child("a"), IrtPrior.MIN_A, IrtPrior.MAX_A);
        Double b = number(node.child("b"), -IrtPrior.MAX_ABS_B, IrtPrior.MAX_ABS_B);
        return a == null || b == null ? null : new IrtPrior(a, b);
    }

    private Accessibility accessibility(Node node) {
        if (!node.json().isObject()) {
            problem(node, "\"accessibility\" is required: {\"screenReader\": true|false, \"colourBlindSafe\": true|false}");
            return null;
        }
        onlyFields(node, Set.of("screenReader", "colourBlindSafe"));
        return new Accessibility(bool(node.child("screenReader"), null), bool(node.child("colourBlindSafe"), null));
    }

    private MatchingPolicy matching(Node node) {
        if (node.json().isMissingNode()) {
            return MatchingPolicy.DEFAULT;
        }
        if (!node.json().isObject()) {
            problem(node, "\"matching\" must be an object");
            return null;
        }
        onlyFields(node, Set.of("foldLigatures", "caseSensitive", "ignoreFinalPunctuation", "acceptUnaccentedCapitals",
                "foldApostrophes", "foldDashes"));
        MatchingPolicy defaults = MatchingPolicy.DEFAULT;
        return new MatchingPolicy(bool(node.child("foldLigatures"), defaults.foldLigatures()),
                bool(node.child("caseSensitive"), defaults.caseSensitive()),
                bool(node.child("ignoreFinalPunctuation"), defaults.ignoreFinalPunctuation()),
                bool(node.child("acceptUnaccentedCapitals"), defaults.acceptUnaccentedCapitals()),
                bool(node.child("foldApostrophes"), defaults.foldApostrophes()),
                bool(node.child("foldDashes"), defaults.foldDashes()));
    }

    private ItemText text(Node parent, String field) {
        Node node = parent.child(field);
        if (!node.json().isObject()) {
            problem(node, "\"" + field + "\" is required: {\"fr\": \"…\", \"en\": \"…\"} with the French text");
            return null;
        }
        onlyFields(node, TEXT_FIELDS);
        String fr = string(node, "fr", true);
        String en = string(node, "en", false);
        return fr == null ? null : new ItemText(fr, en);
    }

    private List<String> options(Node node) {
        List<String> options = strings(node, true);
        if (options.size() < 2) {
            problem(node, "at least two options are needed");
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < options.size(); i++) {
            if (!seen.add(MatchingPolicy.DEFAULT.normalize(options.get(i)))) {
                problem(node.element(i), "this option duplicates an earlier one");
            }
        }
        return options;
    }

    private List<String> optionalStrings(Node node) {
        return node.json().isMissingNode() ? List.of() : strings(node, false);
    }

    private List<String> strings(Node node, boolean required) {
        if (!node.json().isArray() || (required && node.json().isEmpty())) {
            problem(node, required ? "a non-empty array of texts is required" : "an array of texts is expected");
            return List.of();
        }
        List<String> values = new ArrayList<>();
        for (int i = 0; i < node.json().size(); i++) {
            String value = stringValue(node.element(i), true);
            if (value != null) {
                values.add(value);
            }
        }
        return values;
    }

    private String string(Node parent, String field, boolean required) {
        Node node = parent.child(field);
        if (node.json().isMissingNode() || node.json().isNull()) {
            if (required) {
                problem(node, "\"" + field + "\" is required");
            }
            return required ? null : "";
        }
        return stringValue(node, required);
    }

    private String stringValue(Node node, boolean required) {
        if (!node.json().isString()) {
            problem(node, "a text is expected");
            return null;
        }
        String value = node.json().stringValue();
        if (required && value.isBlank()) {
            problem(node, "the text must not be empty");
            return null;
        }
        if (!Normalizer.isNormalized(value, Normalizer.Form.NFC)) {
            problem(node, "the text is not in Unicode NFC form (accents must be precomposed)");
            return null;
        }
        return value;
    }

    private UUID uuid(Node parent) {
        String value = string(parent, "id", true);
        if (value == null) {
            return null;
        }
        try {
            UUID id = UUID.fromString(value);
            if (!id.toString().equals(value.toLowerCase(java.util.Locale.ROOT))) {
                throw new IllegalArgumentException(value);
            }
            return id;
        } catch (IllegalArgumentException e) {
            problem(parent.child("id"), "« " + value + " » is not a UUID");
            return null;
        }
    }

    private int integer(Node parent, String field, int min, int max) {
        Node node = parent.child(field);
        if (!node.json().isIntegralNumber() || !node.json().canConvertToInt()) {
            problem(node, "\"" + field + "\" must be an integer");
            return -1;
        }
        int value = node.json().intValue();
        if (value < min || value > max) {
            problem(node, "\"" + field + "\" must be between " + min + " and " + max + ": " + value);
            return -1;
        }
        return value;
    }

    private int index(Node node, int size) {
        if (!node.json().isIntegralNumber()) {
            problem(node, "an index (integer from 0) is expected");
            return -1;
        }
        int value = node.json().intValue();
        if (value < 0 || value >= size) {
            problem(node, "index " + value + " is out of range: there are " + size + " entries, numbered from 0");
            return -1;
        }
        return value;
    }

    private Double number(Node node, double min, double max) {
        if (!node.json().isNumber()) {
            problem(node, "a number is expected");
            return null;
        }
        double value = node.json().doubleValue();
        if (value < min || value > max) {
            problem(node, "must be between " + min + " and " + max + ": " + value);
            return null;
        }
        return value;
    }

    private boolean bool(Node node, Boolean defaultValue) {
        if (node.json().isMissingNode() && defaultValue != null) {
            return defaultValue;
        }
        if (!node.json().isBoolean()) {
            problem(node, "true or false is expected");
            return false;
        }
        return node.json().booleanValue();
    }

    private <E extends Enum<E>> E constant(Node parent, String field, Class<E> type) {
        String value = string(parent, field, true);
        if (value == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            problem(parent.child(field), "unknown " + field + " « " + value + " »; expected one of "
                    + Arrays.toString(type.getEnumConstants()));
            return null;
        }
    }

    private void onlyFields(Node node, Set<String> allowed) {
        if (!node.json().isObject()) {
            return;
        }
        for (String name : node.json().propertyNames()) {
            if (!allowed.contains(name)) {
                problem(node.child(name), "unknown field « " + name + " »; expected " + new java.util.TreeSet<>(allowed));
            }
        }
    }

    private void reportDuplicates(Node itemsNode, Map<Integer, Item> itemsByPosition) {
        Map<UUID, Integer> ids = new HashMap<>();
        Map<String, Integer> variants = new HashMap<>();
        itemsByPosition.forEach((position, item) -> {
            Integer earlier = ids.putIfAbsent(item.id(), position);
            if (earlier != null) {
                problem(itemsNode.element(position).child("id"),
                        "duplicate id, also used at " + itemsNode.element(earlier).child("id").pointer());
                return;
            }
            Integer sameVariant = variants.putIfAbsent(item.family() + "#" + item.variant(), position);
            if (sameVariant != null) {
                problem(itemsNode.element(position).child("variant"), "family " + item.family() + " already has variant "
                        + item.variant() + " at " + itemsNode.element(sameVariant).pointer());
            }
        });
    }

    private static int countOccurrences(String text, String part) {
        int count = 0;
        for (int from = text.indexOf(part); from >= 0; from = text.indexOf(part, from + 1)) {
            count++;
        }
        return count;
    }

    private static List<String> sorted(List<String> values) {
        return values.stream().sorted().toList();
    }

    private void problem(Node node, String message) {
        problems.add(new ItemProblem(file, node.pointer(), message));
    }

    /** A JSON value and its JSON pointer. */
    record Node(JsonNode json, String pointer) {
        Node child(String name) {
            return new Node(json.path(name), pointer + "/" + name.replace("~", "~0").replace("/", "~1"));
        }

        Node element(int index) {
            return new Node(json.path(index), pointer + "/" + index);
        }
    }
}
