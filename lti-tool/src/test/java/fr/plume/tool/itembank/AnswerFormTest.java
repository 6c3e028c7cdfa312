package fr.plume.tool.itembank;

import static org.assertj.core.api.Assertions.assertThat;

import fr.plume.framework.content.AnswerSpec;
import fr.plume.framework.content.Item;
import fr.plume.framework.content.ItemJson;
import fr.plume.framework.content.ItemType;
import fr.plume.framework.content.ItemView;
import fr.plume.framework.content.Presentation;
import fr.plume.tool.itembank.api.AnswerForm;
import fr.plume.tool.itembank.api.RenderedItem;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Each renderer's answer capture: the fields a browser posts for the right answer, in the shuffled
 * display order of the public view, are read back into a response the scorer accepts; an empty
 * form is reported as incomplete.
 */
class AnswerFormTest {

    private static final long SEED = 20260601L;

    static Stream<Item> oneItemPerType() throws Exception {
        Map<ItemType, Item> byType = new LinkedHashMap<>();
        for (Resource file : new PathMatchingResourcePatternResolver().getResources("classpath*:samples/items/*.json")) {
            try (InputStream in = file.getInputStream()) {
                for (Item item : ItemJson.read(file.getFilename(), in.readAllBytes()).items()) {
                    byType.putIfAbsent(item.type(), item);
                }
            }
        }
        assertThat(byType.keySet()).as("every type in the sample bank")
                .containsAll(EnumSet.complementOf(EnumSet.of(ItemType.ESSAY)));
        return byType.values().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("oneItemPerType")
    void theRightAnswerPostedByTheRendererIsScoredRight(Item item) {
        Presentation presentation = Presentation.of(item, SEED);
        ItemView view = presentation.view();
        assertThat(RenderedItem.of(view, "fr").stem()).isNotBlank();

        AnswerForm.Capture capture = AnswerForm.read(view, rightFields(item, view));

        assertThat(capture).isInstanceOf(AnswerForm.Captured.class);
        var score = presentation.score(((AnswerForm.Captured) capture).response());
        if (item.type() == ItemType.ESSAY) {
            assertThat(score.needsHumanMarking()).isTrue();
        } else {
            assertThat(score.correct()).as("right answer to %s", item.id()).isTrue();
        }
        assertThat(AnswerForm.read(view, Map.of())).isInstanceOf(AnswerForm.Incomplete.class);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("oneItemPerType")
    void aWrongOrForgedAnswerIsCapturedAndScoredWrong(Item item) {
        if (item.type() == ItemType.ESSAY) {
            return;
        }
        Presentation presentation = Presentation.of(item, SEED);
        ItemView view = presentation.view();
        Map<String, List<String>> fields = new LinkedHashMap<>(rightFields(item, view));
        fields.replaceAll((name, values) -> List.of(name.equals(AnswerForm.SEGMENT) && !values.get(0).equals("none")
                ? "none" : "99"));
        if (item.type() == ItemType.SPOT_THE_ERROR && fields.get(AnswerForm.SEGMENT).get(0).equals("99")) {
            fields.put(AnswerForm.SEGMENT, List.of("0"));
        }
        if (Set.of(ItemType.CORRECT_THE_ERROR, ItemType.SHORT_ANSWER).contains(item.type())) {
            fields.replaceAll((name, values) -> List.of("zzz"));
        }
        if (item.type() == ItemType.CLOZE) {
            fields.replaceAll((name, values) -> List.of("99"));
        }
        AnswerForm.Capture capture = AnswerForm.read(view, fields);
        if (capture instanceof AnswerForm.Captured captured) {
            assertThat(presentation.score(captured.response()).correct()).isFalse();
        } else {
            assertThat(item.type()).isEqualTo(ItemType.REORDER);
        }
    }

    /** What a browser posts for the author's key, translated into display indices. */
    static Map<String, List<String>> rightFields(Item item, ItemView view) {
        Map<String, List<String>> fields = new LinkedHashMap<>();
        AnswerSpec answer = item.answer();
        if (answer instanceof AnswerSpec.SingleChoice key) {
            fields.put(AnswerForm.CHOICE, List.of(display(((ItemView.Choices) view.body()).options(), key.options().get(key.correct()))));
        } else if (answer instanceof AnswerSpec.MultipleChoice key) {
            List<String> shown = ((ItemView.Choices) view.body()).options();
            fields.put(AnswerForm.CHOICE, key.correct().stream().map(i -> display(shown, key.options().get(i))).toList());
        } else if (answer instanceof AnswerSpec.Cloze key) {
            ItemView.Cloze cloze = (ItemView.Cloze) view.body();
            for (AnswerSpec.Gap gap : key.gaps()) {
                if (gap instanceof AnswerSpec.TypedGap typed) {
                    fields.put(AnswerForm.GAP + gap.id(), List.of(typed.accepted().get(0)));
                } else if (gap instanceof AnswerSpec.SelectGap select) {
                    List<String> shown = cloze.gaps().stream().filter(g -> g.id() == gap.id()).findFirst().orElseThrow().options();
                    fields.put(AnswerForm.GAP + gap.id(), List.of(display(shown, select.options().get(select.correct()))));
                }
            }
        } else if (answer instanceof AnswerSpec.SpotTheError key) {
            fields.put(AnswerForm.SEGMENT, List.of(key.errorSegment().isPresent()
                    ? String.valueOf(key.errorSegment().getAsInt()) : AnswerForm.NO_ERROR));
        } else if (answer instanceof AnswerSpec.CorrectTheError key) {
            fields.put(AnswerForm.CORRECTION, List.of(key.accepted().get(0)));
        } else if (answer instanceof AnswerSpec.Reorder key) {
            List<String> shown = new ArrayList<>(((ItemView.Reorder) view.body()).units());
            for (int position = 0; position < key.units().size(); position++) {
                int index = shown.indexOf(key.units().get(position));
                shown.set(index, null); // repeated units take the next occurrence
                fields.put(AnswerForm.POSITION + position, List.of(String.valueOf(index)));
            }
        } else if (answer instanceof AnswerSpec.Matching key) {
            ItemView.Matching matching = (ItemView.Matching) view.body();
            for (int left = 0; left < matching.left().size(); left++) {
                int canonicalLeft = key.left().indexOf(matching.left().get(left));
                String right = key.right().get(key.rightFor(canonicalLeft));
                fields.put(AnswerForm.MATCH + left, List.of(display(matching.right(), right)));
            }
        } else if (answer instanceof AnswerSpec.ShortAnswer key) {
            fields.put(AnswerForm.ANSWER, List.of(key.accepted().get(0)));
        } else {
            fields.put(AnswerForm.ESSAY, List.of("Un court texte rédigé par l’étudiant."));
        }
        return fields;
    }

    private static String display(List<String> shown, String text) {
        return String.valueOf(shown.indexOf(text));
    }
}
