package fr.plume.tool.itembank.application;

import fr.plume.tool.itembank.api.ItemReviewRequests;
import fr.plume.tool.itembank.domain.Author;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** {@link ItemReviewRequests} over the bank's review rules ({@link ReviewItem#reopen}). */
@Component
class ItemReviewDesk implements ItemReviewRequests {

    private final ReviewItem review;

    ItemReviewDesk(ReviewItem review) {
        this.review = review;
    }

    @Override
    public Outcome request(UUID itemId, String by, String reason) {
        return review.reopen(Author.account(by), itemId, reason);
    }
}
