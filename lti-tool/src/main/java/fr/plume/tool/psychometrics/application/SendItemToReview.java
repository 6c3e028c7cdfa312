package fr.plume.tool.psychometrics.application;

import fr.plume.tool.itembank.api.ItemReviewRequests;
import fr.plume.tool.shared.domain.PlumeProblemException;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Sends a flagged item to the item bank's review (issue 16): the flag and the rule that raised it
 * become the review comment that authors and reviewers read. The bank decides what happens to the
 * item; psychometrics only asks (docs/psychometrics.md, "Flagged items go to review").
 */
@Service
public class SendItemToReview {

    static final int MAX_REASON = 4000;
    private static final Logger LOG = LoggerFactory.getLogger(SendItemToReview.class);

    private final ItemReviewRequests reviews;

    SendItemToReview(ItemReviewRequests reviews) {
        this.reviews = reviews;
    }

    public ItemReviewRequests.Outcome send(UUID itemId, String reason, String by) {
        String text = reason == null ? "" : reason.strip();
        if (text.isEmpty() || text.length() > MAX_REASON) {
            throw new PlumeProblemException("PSY-REVIEW-REASON", 400, MAX_REASON);
        }
        ItemReviewRequests.Outcome outcome = reviews.request(itemId, by, text);
        LOG.info("event=psychometrics.item-sent-to-review item={} outcome={}", itemId, outcome);
        return outcome;
    }
}
