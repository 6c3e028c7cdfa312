package fr.plume.tool.itembank.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import fr.plume.framework.content.AnswerSpec;
import fr.plume.framework.content.Item;
import fr.plume.framework.content.ItemStatus;
import fr.plume.framework.content.ItemType;
import java.util.List;
import org.junit.jupiter.api.Test;

class AddDraftItemTest {

    private final InMemoryItems items = new InMemoryItems();
    private final AddDraftItem addDraftItem = new AddDraftItem(items);

    private static Item ofType(ItemType type) {
        return SampleItems.itemsOf("1.1.json").stream().filter(item -> item.type() == type).findFirst()
                .or(() -> SampleItems.itemsOf("1.2.json").stream().filter(item -> item.type() == type).findFirst())
                .orElseThrow();
    }

    private static Item with(Item item, AnswerSpec answer, ItemStatus status) {
        return new Item(item.id(), item.family(), item.variant(), item.type(), item.competency(), item.level(),
                item.stem(), answer, item.feedback(), item.explanation(), item.irt(), item.accessibility(),
                item.matching(), item.licence(), item.authors(), status);
    }

    @Test
    void addsADraftOnceAndRecognisesItAfterwards() {
        Item sample = ofType(ItemType.SINGLE_CHOICE);
        Item draft = with(sample, sample.answer(), ItemStatus.DRAFT);

        assertThat(addDraftItem.addDraft(draft)).isTrue();
        assertThat(addDraftItem.addDraft(draft)).isFalse();
        assertThat(items.stored).containsOnlyKeys(draft.id());
    }

    @Test
    void refusesAnItemThatIsNotADraft() {
        Item published = ofType(ItemType.SINGLE_CHOICE);

        assertThatIllegalArgumentException().isThrownBy(() -> addDraftItem.addDraft(published))
                .withMessageContaining(published.status().name());
        assertThat(items.stored).isEmpty();
    }

    @Test
    void refusesADraftWhoseKeyFailsTheBanksSelfCheck() {
        Item sample = ofType(ItemType.SHORT_ANSWER);
        AnswerSpec.ShortAnswer key = (AnswerSpec.ShortAnswer) sample.answer();
        // Its own accepted answer listed as a wrong example: the scorer must both accept and reject it.
        Item contradictory = with(sample, new AnswerSpec.ShortAnswer(key.accepted(), List.of(key.accepted().get(0))),
                ItemStatus.DRAFT);

        assertThatIllegalArgumentException().isThrownBy(() -> addDraftItem.addDraft(contradictory))
                .withMessageContaining("distractor is accepted");
        assertThat(items.stored).isEmpty();
    }
}
