package fr.plume.tool.itembank.application;

import static org.assertj.core.api.Assertions.assertThat;

import fr.plume.framework.content.ItemStatus;
import fr.plume.framework.content.ModuleEntry;
import fr.plume.framework.content.OpenModule;
import fr.plume.tool.itembank.domain.Author;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.test.context.ActiveProfiles;

@ApplicationModuleTest
@ActiveProfiles("test")
class EditModuleTest {

    @Autowired
    EditItem editItem;
    @Autowired
    ReviewItem reviewItem;
    @Autowired
    EditModule editModule;

    static UUID publishedItem(EditItem editItem, ReviewItem reviewItem, String marker) {
        Author author = Authors.someone("Awa");
        UUID id = editItem.save(author, Authors.singleChoice(null, marker)).saved().orElseThrow().item().id();
        reviewItem.submit(author, id, 1);
        reviewItem.publish(Authors.someone("Bruno"), id, 1);
        return id;
    }

    static ModuleForm form(UUID id, String entries) {
        return new ModuleForm(id, "Accorder le participe passé", "Past participle agreement", "Trois étapes.", "",
                "1.1: accorder le participe passé avec être", 20, "", "Awa Diallo", "Université de Lille", entries);
    }

    @Test
    void aModulePinsItsItemsAtTheVersionInForceAndDefaultsToCcBySa() {
        UUID item = publishedItem(editItem, reviewItem, "module");

        OpenModule module = editModule.save(Authors.someone("Awa"), form(null, """
                page: La règle | <p>Avec <strong>être</strong>, on accorde.</p>
                item: %s
                link: https://fr.wikipedia.org/wiki/Participe_passé | Wikipédia
                """.formatted(item))).saved().orElseThrow();

        assertThat(module.version()).isEqualTo(1);
        assertThat(module.status()).isEqualTo(ItemStatus.DRAFT);
        assertThat(module.licence()).isEqualTo("CC-BY-SA-4.0");
        assertThat(module.entries()).hasSize(3);
        assertThat(module.entries().get(1)).isEqualTo(new ModuleEntry.ItemEntry(
                module.entries().get(1).title(), item, 1));
        assertThat(module.objectives()).singleElement().satisfies(o -> assertThat(o.competency()).isEqualTo("1.1"));
    }

    @Test
    void aPageWithAScriptIsRefusedAndNothingIsSaved() {
        EditModule.Outcome outcome = editModule.save(Authors.someone("Awa"),
                form(null, "page: Piège | <p>Bonjour</p><script>alert(1)</script>"));

        assertThat(outcome.saved()).isEmpty();
        assertThat(outcome.problems()).singleElement().asString().contains("<script>");
    }

    @Test
    void anUnpublishedItemCannotBeInAModule() {
        UUID draft = editItem.save(Authors.someone("Awa"), Authors.singleChoice(null, "draft")).saved().orElseThrow()
                .item().id();

        EditModule.Outcome outcome = editModule.save(Authors.someone("Awa"), form(null, "item: " + draft));

        assertThat(outcome.saved()).isEmpty();
        assertThat(outcome.problems()).singleElement().asString().contains("not published");
    }
}
