package fr.plume.framework.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Checks every item of the sample bank in {@code samples/items/} as a reviewer would before publication. */
class SampleItemBankTest {

    private static final Path ITEMS = Path.of("..", "samples", "items");
    private static final Path FRAMEWORK = Path.of("..", "samples", "framework", "referentiel-plume-ecrit.case.json");

    /** The 16 competencies of the « Référentiel Plume de l'écrit », used when the framework file is not present. */
    private static final Set<String> REFERENCE_CODES = Set.of("1.1", "1.2", "1.3", "1.4", "2.1", "2.2", "2.3", "2.4",
            "3.1", "3.2", "3.3", "3.4", "4.1", "4.2", "4.3", "4.4");
    private static final Pattern COMPETENCY_CODE = Pattern.compile("\\d+\\.\\d+");

    private static ItemJson.BankResult bank;
    private static List<Item> items;

    @BeforeAll
    static void readBank() {
        bank = ItemJson.readDirectory(ITEMS);
        items = bank.items();
    }

    @Test
    void everyFileIsValidWithoutAnyProblem() {
        assertThat(bank.problems()).isEmpty();
        assertThat(bank.files()).extracting(ItemJson.FileResult::competency)
                .containsExactlyInAnyOrderElementsOf(competencyCodes());
    }

    @Test
    void theBankHoldsAtLeast320ItemsAndAtLeast20PerCompetency() {
        assertThat(items.size()).isGreaterThanOrEqualTo(320);
        Map<String, Long> perCompetency = items.stream().collect(Collectors.groupingBy(Item::competency, Collectors.counting()));
        assertThat(perCompetency.keySet()).containsExactlyInAnyOrderElementsOf(competencyCodes());
        perCompetency.forEach((code, count) -> assertThat(count).as("items of %s", code).isGreaterThanOrEqualTo(20));
    }

    @Test
    void everyCompetencyIsOneOfTheFramework() {
        Set<String> codes = competencyCodes();
        assertThat(items).allSatisfy(item -> assertThat(codes).as("competency of %s", item.family()).contains(item.competency()));
    }

    @Test
    void everyCompetencyHasThreeItemsPerLevelBandAndSeveralTypes() {
        for (String code : competencyCodes()) {
            List<Item> ofCompetency = items.stream().filter(item -> item.competency().equals(code)).toList();
            for (int band = 1; band <= 5; band += 2) {
                int low = band;
                long inBand = ofCompetency.stream().filter(item -> item.level() == low || item.level() == low + 1).count();
                assertThat(inBand).as("%s items of levels %d-%d", code, low, low + 1).isGreaterThanOrEqualTo(3);
            }
            assertThat(ofCompetency.stream().map(Item::type).distinct().count()).as("item types of %s", code).isGreaterThanOrEqualTo(3);
        }
    }

    @Test
    void everyLevelAndEveryItemTypeIsUsed() {
        assertThat(items.stream().map(Item::level).collect(Collectors.toSet())).containsExactlyInAnyOrder(1, 2, 3, 4, 5, 6);
        assertThat(items.stream().map(Item::type).collect(Collectors.toCollection(() -> EnumSet.noneOf(ItemType.class))))
                .containsExactlyInAnyOrder(ItemType.values());
    }

    @Test
    void everyKeyIsAcceptedAndEveryDistractorRejected() {
        List<String> failures = new ArrayList<>();
        for (Item item : items) {
            ItemSelfCheck.problems(item).forEach(problem -> failures.add(item.family() + "/" + item.variant() + ": " + problem));
            if (!item.needsHumanMarking() && ItemSelfCheck.distractors(item).isEmpty()) {
                failures.add(item.family() + "/" + item.variant() + ": no distractor to reject");
            }
        }
        assertThat(failures).isEmpty();
    }

    @Test
    void typedAnswersAreCheckedAgainstCommonWrongAnswers() {
        List<Item> typed = items.stream()
                .filter(item -> item.type() == ItemType.SHORT_ANSWER || item.type() == ItemType.CLOZE && clozeHasTypedGap(item))
                .toList();
        assertThat(typed).isNotEmpty().allSatisfy(item ->
                assertThat(item.rejectedExamples()).as("rejected examples of %s", item.family()).isNotEmpty());
    }

    @Test
    void essaysComeWithARubricAndAreLeftToHumanMarkers() {
        List<Item> essays = items.stream().filter(Item::needsHumanMarking).toList();
        assertThat(essays.size()).isGreaterThanOrEqualTo(3);
        assertThat(essays).allSatisfy(item -> {
            ScoreResult result = Scorer.score(item, new Response.Essay("Madame, je vous écris au sujet de mon stage."));
            assertThat(result.needsHumanMarking()).isTrue();
            assertThat(result.rubric()).isNotEmpty();
        });
    }

    @Test
    void idsAreUniqueAndFamiliesConsistent() {
        assertThat(items.stream().map(Item::id).distinct().count()).isEqualTo(items.size());
        Map<String, List<Item>> families = items.stream().collect(Collectors.groupingBy(Item::family));
        assertThat(families.values().stream().filter(variants -> variants.size() >= 2).count())
                .as("families with two variants").isGreaterThanOrEqualTo(8);
        families.forEach((family, variants) -> {
            assertThat(family).startsWith(variants.get(0).competency() + "-f");
            assertThat(variants).extracting(Item::competency).containsOnly(variants.get(0).competency());
            assertThat(variants).extracting(Item::type).containsOnly(variants.get(0).type());
            assertThat(variants).extracting(Item::variant).containsExactlyInAnyOrderElementsOf(
                    Stream.iterate(1, n -> n + 1).limit(variants.size()).toList());
        });
    }

    @Test
    void priorParametersFollowTheLevel() {
        assertThat(items).allSatisfy(item -> {
            assertThat(item.irt().b()).as("b of %s", item.family())
                    .isBetween(IrtPrior.difficultyForLevel(item.level()) - 0.3, IrtPrior.difficultyForLevel(item.level()) + 0.3);
            assertThat(item.irt().a()).as("a of %s", item.family()).isBetween(0.8, 2.0);
        });
    }

    @Test
    void filesAreValidUtf8InNfc() throws IOException {
        try (Stream<Path> files = Files.list(ITEMS)) {
            for (Path file : files.filter(path -> path.toString().endsWith(".json")).toList()) {
                String text = decodeStrictly(Files.readAllBytes(file), file);
                assertThat(Normalizer.isNormalized(text, Normalizer.Form.NFC)).as("%s is NFC", file).isTrue();
            }
        }
    }

    @Test
    void frenchTypographyIsConsistent() {
        List<String> failures = new ArrayList<>();
        for (Item item : items) {
            for (String text : texts(item)) {
                String where = item.family() + "/" + item.variant() + " « " + text + " »";
                if (text.contains("'")) {
                    failures.add(where + ": straight apostrophe, the bank uses ’");
                }
                if (text.matches("(?s).*«[^\u00A0\u202F].*") || text.matches("(?s).*[^\u00A0\u202F]».*")) {
                    failures.add(where + ": guillemets need a non-breaking space inside");
                }
                if (text.matches("(?s).* [;:!?].*")) {
                    failures.add(where + ": ordinary space before ; : ! or ?");
                }
                if (!text.equals(text.strip()) || text.contains("  ") || text.contains("...")) {
                    failures.add(where + ": stray spaces or three dots");
                }
            }
        }
        assertThat(failures).isEmpty();
    }

    @Test
    void everyPublicViewHidesTheKeyAndShowsReorderUnitsShuffled() {
        for (Item item : items) {
            for (long seed = 0; seed < 5; seed++) {
                Presentation presentation = Presentation.of(item, seed);
                ItemView view = presentation.view();
                assertThat(view.id()).isEqualTo(item.id());
                if (view.body() instanceof ItemView.Reorder reorder) {
                    assertThat(((AnswerSpec.Reorder) item.answer()).acceptedOrders()).doesNotContain(reorder.units());
                }
                ItemSelfCheck.keyResponse(item).ifPresent(key -> assertThat(Scorer.score(item, key).correct()).isTrue());
            }
        }
    }

    private static boolean clozeHasTypedGap(Item item) {
        return ((AnswerSpec.Cloze) item.answer()).gaps().stream().anyMatch(gap -> gap instanceof AnswerSpec.TypedGap);
    }

    /** Every text of an item that a candidate or an author reads. */
    private static List<String> texts(Item item) {
        return Stream.concat(ItemTexts.french(item).stream(), ItemTexts.english(item).stream()).toList();
    }

    /**
     * The competency codes of the sample framework file when it exists (its CASE items carry them as
     * {@code humanCodingScheme}), otherwise the 16 codes of the published « Référentiel Plume de l'écrit ».
     */
    private static Set<String> competencyCodes() {
        if (!Files.exists(FRAMEWORK)) {
            return REFERENCE_CODES;
        }
        try {
            JsonNode root = JsonMapper.builder().build().readTree(Files.readString(FRAMEWORK));
            Set<String> codes = root.findValues("humanCodingScheme").stream()
                    .map(JsonNode::asString)
                    .filter(code -> COMPETENCY_CODE.matcher(code).matches())
                    .collect(Collectors.toCollection(TreeSet::new));
            assertThat(codes).as("competencies of %s", FRAMEWORK).isNotEmpty();
            return codes;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static String decodeStrictly(byte[] bytes, Path file) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new AssertionError(file + " is not valid UTF-8", e);
        }
    }

}
