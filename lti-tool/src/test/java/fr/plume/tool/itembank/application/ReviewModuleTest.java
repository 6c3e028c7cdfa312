package fr.plume.tool.itembank.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.plume.framework.content.OpenModule;
import fr.plume.tool.itembank.api.PublishedModules;
import fr.plume.tool.itembank.domain.Author;
import fr.plume.tool.shared.domain.PlumeProblemException;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.test.context.ActiveProfiles;

@ApplicationModuleTest
@ActiveProfiles("test")
class ReviewModuleTest {

    @Autowired
    EditItem editItem;
    @Autowired
    ReviewItem reviewItem;
    @Autowired
    EditModule editModule;
    @Autowired
    ReviewModule reviewModule;
    @Autowired
    PublishedModules published;

    private OpenModule submitted(Author author, UUID item) {
        OpenModule module = editModule.save(author, EditModuleTest.form(null, "item: " + item)).saved().orElseThrow();
        reviewModule.submit(author, module.id(), 1);
        return module;
    }

    @Test
    void theAuthorCannotPublishTheirOwnModule() {
        Author author = Authors.someone("Awa");
        OpenModule module = submitted(author, EditModuleTest.publishedItem(editItem, reviewItem, "own module"));

        assertThatThrownBy(() -> reviewModule.publish(author, module.id(), 1))
                .isInstanceOf(PlumeProblemException.class).hasMessage("ITEMBANK-OWN-REVIEW");
        assertThat(published.find(module.id())).isEmpty();
    }

    @Test
    void aPublishedModuleJoinsTheCommonsWithItsItemsAtTheirVersions() {
        UUID item = EditModuleTest.publishedItem(editItem, reviewItem, "commons");
        OpenModule module = submitted(Authors.someone("Awa"), item);

        reviewModule.publish(Authors.someone("Bruno"), module.id(), 1);

        PublishedModules.Published entry = published.find(module.id()).orElseThrow();
        assertThat(entry.retired()).isFalse();
        assertThat(entry.module().title().fr()).isEqualTo("Accorder le participe passé");
        assertThat(published.inCommons()).anyMatch(p -> p.module().id().equals(module.id()));
        assertThat(published.itemsOf(entry.module())).singleElement()
                .satisfies(i -> assertThat(i.id()).isEqualTo(item));
        assertThat(published.earliestChange()).isPresent();
        assertThat(published.changedBetween(entry.changedAt(), entry.changedAt(), null, 100))
                .anyMatch(p -> p.module().id().equals(module.id()));
        assertThat(published.changedBetween(null, null,
                new PublishedModules.Cursor(entry.changedAt(), module.id()), 100))
                .noneMatch(p -> p.module().id().equals(module.id()));
    }

    @Test
    void aRetiredModuleLeavesTheCommonsAndIsReportedRetired() {
        OpenModule module = submitted(Authors.someone("Awa"),
                EditModuleTest.publishedItem(editItem, reviewItem, "retired module"));
        Author reviewer = Authors.someone("Bruno");
        reviewModule.publish(reviewer, module.id(), 1);

        reviewModule.retire(reviewer, module.id(), 1);

        assertThat(published.find(module.id())).hasValueSatisfying(p -> assertThat(p.retired()).isTrue());
        assertThat(published.inCommons()).noneMatch(p -> p.module().id().equals(module.id()));
        assertThat(published.changedBetween(Instant.EPOCH, null, null, 10_000))
                .anyMatch(p -> p.module().id().equals(module.id()) && p.retired());
    }
}
