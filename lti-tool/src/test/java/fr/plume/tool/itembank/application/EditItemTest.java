package fr.plume.tool.itembank.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.plume.framework.content.ItemStatus;
import fr.plume.framework.content.ItemType;
import fr.plume.tool.itembank.api.ItemCatalog;
import fr.plume.tool.itembank.domain.Author;
import fr.plume.tool.itembank.domain.ItemVersion;
import fr.plume.tool.itembank.domain.ItemVersions;
import fr.plume.tool.shared.domain.PlumeProblemException;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.test.context.ActiveProfiles;

@ApplicationModuleTest
@ActiveProfiles("test")
class EditItemTest {

    @Autowired
    EditItem editItem;
    @Autowired
    ReviewItem reviewItem;
    @Autowired
    ItemVersions versions;
    @Autowired
    ItemCatalog catalog;

    @Test
    void aNewItemIsADraftAtVersionOneAndADraftIsEditedInPlace() {
        Author author = Authors.someone("Awa");
        ItemVersion first = editItem.save(author, Authors.singleChoice(null, "premier")).saved().orElseThrow();
        UUID id = first.item().id();

        ItemVersion edited = editItem.save(author, Authors.singleChoice(id, "modifié")).saved().orElseThrow();

        assertThat(first.version()).isEqualTo(1);
        assertThat(first.status()).isEqualTo(ItemStatus.DRAFT);
        assertThat(edited.version()).isEqualTo(1);
        assertThat(versions.latest(id).orElseThrow().item().stem().fr()).endsWith("modifié");
        assertThat(versions.latest(id).orElseThrow().author()).isEqualTo(author.key());
    }

    @Test
    void editingAPublishedItemOpensTheNextVersionAndLeavesThePublishedOneInForce() {
        Author author = Authors.someone("Awa");
        Author reviewer = Authors.someone("Bruno");
        UUID id = editItem.save(author, Authors.singleChoice(null, "v1")).saved().orElseThrow().item().id();
        reviewItem.submit(author, id, 1);
        reviewItem.publish(reviewer, id, 1);

        ItemVersion second = editItem.save(author, Authors.singleChoice(id, "v2")).saved().orElseThrow();

        assertThat(second.version()).isEqualTo(2);
        assertThat(second.status()).isEqualTo(ItemStatus.DRAFT);
        assertThat(versions.find(id, 1).orElseThrow().item().stem().fr()).endsWith("v1");
        assertThat(versions.find(id, 1).orElseThrow().status()).isEqualTo(ItemStatus.PUBLISHED);
        assertThat(catalog.published()).filteredOn(p -> p.item().id().equals(id))
                .singleElement().satisfies(p -> {
                    assertThat(p.itemVersion()).isEqualTo(1);
                    assertThat(p.item().stem().fr()).endsWith("v1");
                });
    }

    @Test
    void anItemBeingReviewedCannotBeEdited() {
        Author author = Authors.someone("Awa");
        UUID id = editItem.save(author, Authors.singleChoice(null, "relu")).saved().orElseThrow().item().id();
        reviewItem.submit(author, id, 1);

        assertThatThrownBy(() -> editItem.save(author, Authors.singleChoice(id, "changé")))
                .isInstanceOf(PlumeProblemException.class).hasMessage("ITEMBANK-ITEM-IN-REVIEW");
    }

    @Test
    void anInconsistentItemIsNotSavedAndEachProblemSaysWhere() {
        ItemForm wrong = new ItemForm(null, ItemType.SINGLE_CHOICE, "1.1", 2, "", "", "{\"options\": [\"a\"], \"correct\": 3}",
                "", "", "", "", "", true, true, "");

        EditItem.Outcome outcome = editItem.save(Authors.someone("Awa"), wrong);

        assertThat(outcome.saved()).isEmpty();
        assertThat(outcome.problems()).isNotEmpty().anyMatch(p -> p.startsWith("stem") || p.startsWith("answer"));
    }

    @Test
    void everyTypeStartsFromAnExampleKeyThatTheBankAccepts() {
        for (ItemType type : ItemType.values()) {
            ItemForm blank = ItemForm.blank(type);
            ItemForm filled = new ItemForm(null, type, "1.1", 3, "Consigne", "", blank.answer(), "Bravo.", "",
                    "La règle.", "", "", true, true, "");

            assertThat(editItem.preview(filled).problems()).as(type.name()).isEmpty();
        }
    }
}
