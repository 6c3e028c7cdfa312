package fr.plume.tool.itembank.application;

import fr.plume.framework.content.Item;
import fr.plume.framework.content.ItemSelfCheck;
import fr.plume.framework.content.ItemStatus;
import fr.plume.tool.itembank.api.ItemReviewRequests;
import fr.plume.tool.itembank.domain.Author;
import fr.plume.tool.itembank.domain.Comment;
import fr.plume.tool.itembank.domain.Comments;
import fr.plume.tool.itembank.domain.ItemVersion;
import fr.plume.tool.itembank.domain.ItemVersions;
import fr.plume.tool.shared.domain.PlumeProblemException;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The review of items: draft → in review → published → retired. Whoever publishes, sends back or
 * retires a version must not be its author (checked here, and by the database constraint). A
 * published version is put in force for delivery; the version it replaces stays stored, so past
 * attempts still read the version they showed.
 */
@Component
public class ReviewItem {

    private static final Logger log = LoggerFactory.getLogger(ReviewItem.class);

    private final ItemVersions versions;
    private final Comments comments;
    private final Clock clock;

    public ReviewItem(ItemVersions versions, Comments comments, Clock clock) {
        this.versions = versions;
        this.comments = comments;
        this.clock = clock;
    }

    /** The author sends a finished draft to review; it must pass the bank's self-check. */
    @Transactional
    public void submit(Author author, UUID itemId, int version) {
        ItemVersion draft = require(itemId, version);
        if (!ItemSelfCheck.problems(draft.item()).isEmpty()) {
            throw new PlumeProblemException("ITEMBANK-ITEM-INCOMPLETE", 422);
        }
        move(draft, ItemStatus.DRAFT, ItemStatus.IN_REVIEW, null);
        log.info("event=itembank.item-submitted item={} version={}", itemId, version);
    }

    @Transactional
    public void publish(Author reviewer, UUID itemId, int version) {
        ItemVersion inReview = require(itemId, version);
        notTheAuthor(reviewer, inReview);
        move(inReview, ItemStatus.IN_REVIEW, ItemStatus.PUBLISHED, reviewer.key());
        versions.putInForce(versions.find(itemId, version).orElseThrow(), Instant.now(clock));
        log.info("event=itembank.item-published item={} version={}", itemId, version);
    }

    /** The reviewer returns the version to its author as a draft, with a comment saying why. */
    @Transactional
    public void sendBack(Author reviewer, UUID itemId, int version, String why) {
        ItemVersion inReview = require(itemId, version);
        notTheAuthor(reviewer, inReview);
        move(inReview, ItemStatus.IN_REVIEW, ItemStatus.DRAFT, null);
        if (why != null && !why.isBlank()) {
            comment(reviewer, itemId, why);
        }
    }

    /** Takes a published item out of delivery and of the commons (attempts keep their copy). */
    @Transactional
    public void retire(Author reviewer, UUID itemId, int version) {
        ItemVersion published = require(itemId, version);
        notTheAuthor(reviewer, published);
        move(published, ItemStatus.PUBLISHED, ItemStatus.RETIRED, reviewer.key());
        versions.withdraw(itemId, Instant.now(clock));
        log.info("event=itembank.item-retired item={} version={}", itemId, version);
    }

    /**
     * Opens the next version of a published item, unchanged, directly in review, with {@code why}
     * as its comment (a psychometric flag: the content passed review once, the figures now question
     * it). The published version stays in force until a reviewer decides. When a version is already
     * being worked on, only the comment is added to it.
     */
    @Transactional
    public ItemReviewRequests.Outcome reopen(Author requester, UUID itemId, String why) {
        ItemVersion latest = versions.latest(itemId).orElseThrow(ReviewItem::notFound);
        if (latest.status() == ItemStatus.DRAFT || latest.status() == ItemStatus.IN_REVIEW) {
            comment(requester, itemId, why);
            return ItemReviewRequests.Outcome.ALREADY_OPEN;
        }
        if (latest.status() != ItemStatus.PUBLISHED) {
            throw new PlumeProblemException("ITEMBANK-WRONG-STATUS", 409, latest.status());
        }
        ItemVersion reopened = new ItemVersion(withStatus(latest.item(), ItemStatus.IN_REVIEW), latest.version() + 1,
                requester.key(), null, Instant.now(clock));
        if (!versions.insert(reopened)) {
            comment(requester, itemId, why); // another version opened meanwhile
            return ItemReviewRequests.Outcome.ALREADY_OPEN;
        }
        comment(requester, itemId, why);
        log.info("event=itembank.item-reopened item={} version={}", itemId, reopened.version());
        return ItemReviewRequests.Outcome.OPENED;
    }

    private static Item withStatus(Item item, ItemStatus status) {
        return new Item(item.id(), item.family(), item.variant(), item.type(), item.competency(), item.level(),
                item.stem(), item.answer(), item.feedback(), item.explanation(), item.irt(), item.accessibility(),
                item.matching(), item.licence(), item.authors(), status);
    }

    @Transactional
    public Comment comment(Author author, UUID itemId, String body) {
        ItemVersion latest = versions.latest(itemId).orElseThrow(ReviewItem::notFound);
        String text = body == null ? "" : body.strip();
        if (text.isEmpty() || text.length() > Comment.MAX_LENGTH) {
            throw new PlumeProblemException("ITEMBANK-COMMENT-LENGTH", 400, Comment.MAX_LENGTH);
        }
        Comment comment = new Comment(UUID.randomUUID(), itemId, latest.version(), author.key(), author.name(), text,
                Instant.now(clock));
        comments.add(comment);
        return comment;
    }

    private ItemVersion require(UUID itemId, int version) {
        return versions.find(itemId, version).orElseThrow(ReviewItem::notFound);
    }

    private void move(ItemVersion version, ItemStatus from, ItemStatus to, String reviewer) {
        if (version.status() != from
                || !versions.move(version.item().id(), version.version(), from, to, reviewer, Instant.now(clock))) {
            throw new PlumeProblemException("ITEMBANK-WRONG-STATUS", 409, version.status());
        }
    }

    private static void notTheAuthor(Author reviewer, ItemVersion version) {
        if (reviewer.is(version.author())) {
            log.info("event=itembank.own-review-refused item={} version={}", version.item().id(), version.version());
            throw new PlumeProblemException("ITEMBANK-OWN-REVIEW", 403);
        }
    }

    static PlumeProblemException notFound() {
        return new PlumeProblemException("ITEMBANK-ITEM-NOT-FOUND", 404);
    }
}
