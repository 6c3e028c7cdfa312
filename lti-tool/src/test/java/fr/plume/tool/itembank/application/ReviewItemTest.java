package fr.plume.tool.itembank.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.plume.framework.content.ItemStatus;
import fr.plume.tool.itembank.api.ItemCatalog;
import fr.plume.tool.itembank.domain.Author;
import fr.plume.tool.itembank.domain.Comments;
import fr.plume.tool.itembank.domain.ItemVersions;
import fr.plume.tool.shared.domain.PlumeProblemException;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.test.context.ActiveProfiles;

@ApplicationModuleTest
@ActiveProfiles("test")
class ReviewItemTest {

    @Autowired
    EditItem editItem;
    @Autowired
    ReviewItem reviewItem;
    @Autowired
    ItemVersions versions;
    @Autowired
    Comments comments;
    @Autowired
    ItemCatalog catalog;

    private final Author author = Authors.someone("Awa");
    private final Author reviewer = Authors.someone("Bruno");

    private UUID submitted(String marker) {
        UUID id = editItem.save(author, Authors.singleChoice(null, marker)).saved().orElseThrow().item().id();
        reviewItem.submit(author, id, 1);
        return id;
    }

    @Test
    void theAuthorCannotPublishTheirOwnVersion() {
        UUID id = submitted("own");

        assertThatThrownBy(() -> reviewItem.publish(author, id, 1))
                .isInstanceOf(PlumeProblemException.class).hasMessage("ITEMBANK-OWN-REVIEW");
        assertThat(versions.find(id, 1).orElseThrow().status()).isEqualTo(ItemStatus.IN_REVIEW);
        assertThat(catalog.item(id)).isEmpty();
    }

    @Test
    void anotherPersonPublishesAndTheItemIsDeliveredAtThatVersion() {
        UUID id = submitted("published");

        reviewItem.publish(reviewer, id, 1);

        assertThat(versions.find(id, 1).orElseThrow().reviewer()).isEqualTo(reviewer.key());
        assertThat(catalog.published()).anyMatch(p -> p.item().id().equals(id) && p.itemVersion() == 1);
        assertThat(catalog.item(id, 1).orElseThrow().status()).isEqualTo(ItemStatus.PUBLISHED);
    }

    @Test
    void aRetiredItemLeavesDeliveryButItsVersionStaysReadable() {
        UUID id = submitted("retired");
        reviewItem.publish(reviewer, id, 1);

        reviewItem.retire(reviewer, id, 1);

        assertThat(catalog.published()).noneMatch(p -> p.item().id().equals(id));
        assertThat(catalog.item(id, 1)).isPresent();
    }

    @Test
    void aDraftCannotBePublishedWithoutReview() {
        UUID id = editItem.save(author, Authors.singleChoice(null, "skip")).saved().orElseThrow().item().id();

        assertThatThrownBy(() -> reviewItem.publish(reviewer, id, 1))
                .isInstanceOf(PlumeProblemException.class).hasMessage("ITEMBANK-WRONG-STATUS");
    }

    @Test
    void theReviewerSendsBackWithACommentAndTheAuthorEditsAgain() {
        UUID id = submitted("sent back");

        reviewItem.sendBack(reviewer, id, 1, "Le deuxième distracteur est ambigu.");

        assertThat(versions.find(id, 1).orElseThrow().status()).isEqualTo(ItemStatus.DRAFT);
        assertThat(comments.of(id)).singleElement().satisfies(c -> {
            assertThat(c.body()).isEqualTo("Le deuxième distracteur est ambigu.");
            assertThat(c.authorName()).isEqualTo("Bruno");
        });
        assertThat(editItem.save(author, Authors.singleChoice(id, "fixed")).saved()).isPresent();
    }
}
