package fr.plume.tool.sync.application;

import fr.plume.framework.content.Item;
import fr.plume.tool.sync.domain.DraftQuestions;
import fr.plume.sync.format.DraftToItem;
import fr.plume.tool.sync.domain.PendingDraft;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;

/**
 * The harvested questions of a member waiting for an author's review, each with the reason it
 * cannot become an item whatever the reviewer chooses (its type does not map), if so.
 */
@Service
public class ListPendingDrafts {

    private final DraftQuestions drafts;

    ListPendingDrafts(DraftQuestions drafts) {
        this.drafts = drafts;
    }

    /** A pending draft and, when it cannot become an item whatever the reviewer chooses, the reason. */
    public record DraftForReview(PendingDraft pending, String refusal) {
    }

    public List<DraftForReview> of(UUID memberId, int limit) {
        return drafts.pending(memberId, limit).stream().map(p -> forReview(memberId, p)).toList();
    }

    private static DraftForReview forReview(UUID memberId, PendingDraft p) {
        String code = p.draft().competencies().isEmpty() ? "" : p.draft().competencies().get(0).code();
        DraftToItem.Mapping preview = DraftToItem.map(memberId, p.draft(), code, Item.MIN_LEVEL, "preview",
                List.of("preview"));
        return new DraftForReview(p, preview.mapped() ? null : preview.refusal());
    }
}
