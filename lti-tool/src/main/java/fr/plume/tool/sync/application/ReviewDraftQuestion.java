package fr.plume.tool.sync.application;

import fr.plume.tool.itembank.api.DraftIntake;
import fr.plume.tool.shared.domain.PlumeProblemException;
import fr.plume.tool.sync.domain.DraftQuestions;
import fr.plume.sync.format.DraftToItem;
import fr.plume.tool.sync.domain.PendingDraft;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An author's decision on a harvested question: accept it into the item bank as a DRAFT item (when
 * its type maps cleanly) or reject it. A refusal names why; nothing is half-done.
 */
@Service
public class ReviewDraftQuestion {

    private final DraftQuestions drafts;
    private final DraftIntake bank;

    ReviewDraftQuestion(DraftQuestions drafts, DraftIntake bank) {
        this.drafts = drafts;
        this.bank = bank;
    }

    /** @return the id of the bank item the question became */
    @Transactional
    public UUID accept(UUID memberId, UUID draftId, String competency, int level, String licence, String reviewer) {
        PendingDraft pending = pending(memberId, draftId);
        if (competency == null || pending.draft().competencies().stream().noneMatch(l -> l.code().equals(competency))) {
            throw new PlumeProblemException("SYNC-DRAFT-COMPETENCY", 422);
        }
        DraftToItem.Mapping mapping = DraftToItem.map(memberId, pending.draft(), competency, level, licence,
                List.of("Moodle : " + pending.origin()));
        if (!mapping.mapped()) {
            throw new PlumeProblemException(mapping.refusal(), 422, pending.draft().type().moodleType());
        }
        try {
            bank.addDraft(mapping.item());
        } catch (IllegalArgumentException e) {
            throw new PlumeProblemException("SYNC-DRAFT-ANSWER", 422);
        }
        if (!drafts.decide(memberId, draftId, pending.draft().contentHash(), true, mapping.item().id(), reviewer)) {
            throw new PlumeProblemException("SYNC-DRAFT-CHANGED", 409);
        }
        return mapping.item().id();
    }

    @Transactional
    public void reject(UUID memberId, UUID draftId, String reviewer) {
        PendingDraft pending = pending(memberId, draftId);
        if (!drafts.decide(memberId, draftId, pending.draft().contentHash(), false, null, reviewer)) {
            throw new PlumeProblemException("SYNC-DRAFT-CHANGED", 409);
        }
    }

    private PendingDraft pending(UUID memberId, UUID draftId) {
        return drafts.findPending(memberId, draftId)
                .orElseThrow(() -> new PlumeProblemException("PLUME-NOT-FOUND", 404));
    }
}
