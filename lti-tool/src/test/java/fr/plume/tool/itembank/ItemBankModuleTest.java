package fr.plume.tool.itembank;

import static org.assertj.core.api.Assertions.assertThat;

import fr.plume.framework.content.Item;
import fr.plume.framework.content.ItemJson;
import fr.plume.framework.content.ItemStatus;
import fr.plume.tool.itembank.api.DraftIntake;
import fr.plume.tool.itembank.api.ItemCatalog;
import fr.plume.tool.itembank.api.PublishedItem;
import fr.plume.tool.itembank.application.ImportItems;
import fr.plume.tool.itembank.infra.JdbcItems;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.test.context.ActiveProfiles;

/** The item bank alone on the test PostgreSQL: what is imported or proposed is what the other modules read. */
@ApplicationModuleTest
@ActiveProfiles("test")
class ItemBankModuleTest {

    @Autowired
    ImportItems importItems;
    @Autowired
    DraftIntake drafts;
    @Autowired
    ItemCatalog catalog;

    /** A sample item under a fresh id and family (unique together with the variant), apart from any other test's data. */
    private static Item freshSampleItem(ItemStatus status) throws IOException {
        Item sample;
        try (InputStream in = ItemBankModuleTest.class.getResourceAsStream("/samples/items/2.2.json")) {
            sample = ItemJson.read("2.2.json", in.readAllBytes()).items().get(0);
        }
        UUID id = UUID.randomUUID();
        return new Item(id, "test-" + id, sample.variant(), sample.type(), sample.competency(),
                sample.level(), sample.stem(), sample.answer(), sample.feedback(), sample.explanation(), sample.irt(),
                sample.accessibility(), sample.matching(), sample.licence(), sample.authors(), status);
    }

    @Test
    void anImportedItemIsPublishedWithItsPriorParametersAndImportedOnlyOnce(@TempDir Path folder) throws IOException {
        Item item = freshSampleItem(ItemStatus.PUBLISHED);
        Files.writeString(folder.resolve("one.json"), ItemJson.write(item.competency(), List.of(item)));

        ImportItems.Outcome first = importItems.importMatching(folder.toUri() + "*.json");
        ImportItems.Outcome again = importItems.importMatching(folder.toUri() + "*.json");

        assertThat(first).isEqualTo(new ImportItems.Outcome(1, 1, 0, 0));
        assertThat(again).isEqualTo(new ImportItems.Outcome(1, 0, 1, 0));
        assertThat(catalog.item(item.id())).contains(item);
        assertThat(catalog.published()).filteredOn(published -> published.item().id().equals(item.id()))
                .singleElement().satisfies(published -> {
                    assertThat(published.parametersVersion()).isEqualTo(JdbcItems.PRIOR_VERSION);
                    assertThat(published.a()).isEqualTo(item.irt().a());
                    assertThat(published.b()).isEqualTo(item.irt().b());
                });
    }

    @Test
    void aProposedDraftIsStoredButNotPublished() throws IOException {
        Item draft = freshSampleItem(ItemStatus.DRAFT);

        assertThat(drafts.addDraft(draft)).isTrue();

        assertThat(catalog.item(draft.id())).contains(draft);
        assertThat(catalog.published()).extracting(PublishedItem::item).extracting(Item::id)
                .doesNotContain(draft.id());
    }
}
