package fr.plume.tool.itembank.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.plume.framework.content.ItemStatus;
import fr.plume.tool.itembank.api.ItemCatalog;
import fr.plume.tool.itembank.api.ItemReviewRequests;
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

    @Test
    void aFlaggedPublishedItemReopensInReviewWithTheReasonWhileItsPublishedVersionStaysInForce() {
        UUID id = submitted("flagged");
        reviewItem.publish(reviewer, id, 1);
        Author psychometrician = Author.account("psychometrician-review");

        ItemReviewRequests.Outcome outcome = reviewItem.reopen(psychometrician, id, "DIF (ETS C) : D = -1.80");

        assertThat(outcome).isEqualTo(ItemReviewRequests.Outcome.OPENED);
        assertThat(versions.latest(id).orElseThrow()).satisfies(v -> {
            assertThat(v.version()).isEqualTo(2);
            assertThat(v.status()).isEqualTo(ItemStatus.IN_REVIEW);
            assertThat(v.author()).isEqualTo(psychometrician.key());
            assertThat(v.item().stem()).isEqualTo(versions.find(id, 1).orElseThrow().item().stem());
        });
        assertThat(comments.of(id)).singleElement().satisfies(c -> {
            assertThat(c.version()).isEqualTo(2);
            assertThat(c.body()).isEqualTo("DIF (ETS C) : D = -1.80");
        });
        assertThat(catalog.published()).anyMatch(p -> p.item().id().equals(id) && p.itemVersion() == 1);
        assertThatThrownBy(() -> reviewItem.publish(psychometrician, id, 2))
                .as("whoever sent it to review does not decide").hasMessage("ITEMBANK-OWN-REVIEW");
        reviewItem.publish(reviewer, id, 2);
        assertThat(catalog.published()).anyMatch(p -> p.item().id().equals(id) && p.itemVersion() == 2);
    }

    @Test
    void anItemAlreadyBeingWorkedOnOnlyGetsTheReasonAndARetiredOneIsRefused() {
        UUID open = submitted("already open");
        Author psychometrician = Author.account("psychometrician-review");

        assertThat(reviewItem.reopen(psychometrician, open, "misfit")).isEqualTo(ItemReviewRequests.Outcome.ALREADY_OPEN);
        assertThat(versions.latest(open).orElseThrow().version()).isEqualTo(1);
        assertThat(comments.of(open)).extracting(c -> c.body()).containsExactly("misfit");

        UUID retired = submitted("retired then flagged");
        reviewItem.publish(reviewer, retired, 1);
        reviewItem.retire(reviewer, retired, 1);
        assertThatThrownBy(() -> reviewItem.reopen(psychometrician, retired, "drift"))
                .isInstanceOf(PlumeProblemException.class).hasMessage("ITEMBANK-WRONG-STATUS");
        assertThatThrownBy(() -> reviewItem.reopen(psychometrician, UUID.randomUUID(), "drift"))
                .isInstanceOf(PlumeProblemException.class).hasMessage("ITEMBANK-ITEM-NOT-FOUND");
    }
}
