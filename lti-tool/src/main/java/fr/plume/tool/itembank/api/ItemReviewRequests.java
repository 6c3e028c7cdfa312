package fr.plume.tool.itembank.api;

import java.util.UUID;

/**
 * Sends a published item back to the bank's review (issue 16: flagged items go to review). The
 * item stays in delivery as it is; a copy opens as the next version, in review, with the reason as
 * its review comment, so reviewers find it among the items to review and decide: publish it again
 * unchanged, send it back to a draft to fix it, or retire it.
 */
public interface ItemReviewRequests {

    enum Outcome {
        /** A new version was opened in review with the reason as its comment. */
        OPENED,
        /** The item already had a version being worked on (draft or in review): the reason was added to it. */
        ALREADY_OPEN
    }

    /**
     * @param by     the tool account asking (it becomes the author of the opened version, so it cannot review it)
     * @param reason the flag and the rule that raised it, at most 4,000 characters
     * @throws fr.plume.tool.shared.domain.PlumeProblemException ITEMBANK-ITEM-NOT-FOUND (404), or
     *         ITEMBANK-WRONG-STATUS (409) for an item that was never published or is retired
     */
    Outcome request(UUID itemId, String by, String reason);
}
