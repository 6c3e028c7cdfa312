package fr.plume.tool.psychometrics.support;

import fr.plume.framework.content.Item;
import fr.plume.framework.content.ItemStatus;
import fr.plume.tool.itembank.api.DraftIntake;
import fr.plume.tool.itembank.application.ReviewItem;
import fr.plume.tool.itembank.domain.Author;
import java.util.UUID;

/**
 * Published copies of sample items under new ids, through the bank's own review (a writer submits,
 * another account publishes), so that a test may send them to review, retire them or put them in
 * pretest without touching the items other tests use.
 */
public final class PublishedCopies {

    private final DraftIntake drafts;
    private final ReviewItem review;

    public PublishedCopies(DraftIntake drafts, ReviewItem review) {
        this.drafts = drafts;
        this.review = review;
    }

    public UUID of(Item sample) {
        UUID id = UUID.randomUUID();
        drafts.addDraft(new Item(id, "psy-copy-" + id, 1, sample.type(), sample.competency(), sample.level(),
                sample.stem(), sample.answer(), sample.feedback(), sample.explanation(), sample.irt(),
                sample.accessibility(), sample.matching(), sample.licence(), sample.authors(), ItemStatus.DRAFT));
        review.submit(Author.account("psy-copy-writer"), id, 1);
        review.publish(Author.account("psy-copy-reviewer"), id, 1);
        return id;
    }
}
