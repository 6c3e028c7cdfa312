package fr.plume.tool.sync.web;

import fr.plume.tool.identity.api.Members;
import fr.plume.tool.shared.domain.PlumeProblemException;
import fr.plume.tool.sync.application.ListPendingDrafts;
import fr.plume.tool.sync.application.ListPendingDrafts.DraftForReview;
import fr.plume.tool.sync.application.ReviewDraftQuestion;
import java.security.Principal;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Harvested questions waiting for review, per member: accept as a DRAFT item of the bank, or reject. */
@Controller
@RequestMapping("/admin/sync/drafts")
class DraftReviewController {

    private static final int PAGE = 200;

    private final Members members;
    private final ListPendingDrafts drafts;
    private final ReviewDraftQuestion review;

    DraftReviewController(Members members, ListPendingDrafts drafts, ReviewDraftQuestion review) {
        this.members = members;
        this.drafts = drafts;
        this.review = review;
    }

    record MemberDrafts(Members.Member member, List<DraftForReview> drafts) {
    }

    @GetMapping
    String list(@RequestParam(required = false) String decided, Model model) {
        List<MemberDrafts> view = new ArrayList<>();
        for (Members.Member m : members.all()) {
            List<DraftForReview> rows = drafts.of(m.id(), PAGE);
            if (!rows.isEmpty()) {
                view.add(new MemberDrafts(m, rows));
            }
        }
        model.addAttribute("members", view);
        model.addAttribute("decided", decided);
        return "admin/sync-drafts";
    }

    @PostMapping("/members/{memberId}/{draftId}/accept")
    String accept(@PathVariable UUID memberId, @PathVariable UUID draftId, @RequestParam(required = false) String competency,
            @RequestParam int level, @RequestParam(required = false) String licence, Principal principal) {
        member(memberId);
        review.accept(memberId, draftId, competency, level, licence, principal.getName());
        return "redirect:/admin/sync/drafts?decided=accepted";
    }

    @PostMapping("/members/{memberId}/{draftId}/reject")
    String reject(@PathVariable UUID memberId, @PathVariable UUID draftId, Principal principal) {
        member(memberId);
        review.reject(memberId, draftId, principal.getName());
        return "redirect:/admin/sync/drafts?decided=rejected";
    }

    private Members.Member member(UUID memberId) {
        return members.findById(memberId).orElseThrow(() -> new PlumeProblemException("PLUME-NOT-FOUND", 404));
    }
}
