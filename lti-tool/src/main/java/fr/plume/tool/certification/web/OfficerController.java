package fr.plume.tool.certification.web;

import fr.plume.tool.certification.application.Actor;
import fr.plume.tool.certification.application.PublishResults;
import fr.plume.tool.certification.application.RejectCandidate;
import fr.plume.tool.certification.application.ShowReviewQueue;
import fr.plume.tool.certification.application.VerifyAuditTrail;
import jakarta.servlet.http.HttpSession;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The national officer's pages: the review queue (publish, reject) and the audit log with its verification. */
@Controller
class OfficerController {

    private static final int AUDIT_ROWS = 100;

    private final CertificationActors actors;
    private final ShowReviewQueue queue;
    private final PublishResults publish;
    private final RejectCandidate reject;
    private final VerifyAuditTrail audit;

    private final fr.plume.tool.certification.application.RescoreCandidate rescore;

    OfficerController(CertificationActors actors, ShowReviewQueue queue, PublishResults publish,
            RejectCandidate reject, VerifyAuditTrail audit,
            fr.plume.tool.certification.application.RescoreCandidate rescore) {
        this.rescore = rescore;
        this.actors = actors;
        this.queue = queue;
        this.publish = publish;
        this.reject = reject;
        this.audit = audit;
    }

    @GetMapping("/certif/review")
    String review(HttpSession http, Model model) {
        java.util.List<ShowReviewQueue.Review> reviews = queue.queue(actors.actor(http));
        java.util.Map<UUID, fr.plume.tool.certification.domain.CertificationSession> sessions = new java.util.LinkedHashMap<>();
        reviews.forEach(r -> sessions.putIfAbsent(r.session().id(), r.session()));
        model.addAttribute("reviews", reviews);
        model.addAttribute("sessionsToPublish", java.util.List.copyOf(sessions.values()));
        return "certification/review";
    }

    @PostMapping("/certif/review/{memberId}/{candidateId}/publish")
    String publishOne(@PathVariable UUID memberId, @PathVariable UUID candidateId, HttpSession http,
            RedirectAttributes redirect) {
        boolean now = publish.publish(actors.actor(http), memberId, candidateId);
        redirect.addFlashAttribute("notice", now ? "certification.review.published" : "certification.review.alreadyPublished");
        return "redirect:/certif/review";
    }

    @PostMapping("/certif/review/sessions/{sessionId}/publish")
    String publishSession(@PathVariable UUID sessionId, HttpSession http, RedirectAttributes redirect) {
        int count = publish.publishSession(actors.actor(http), sessionId);
        redirect.addFlashAttribute("notice", "certification.review.sessionPublished");
        redirect.addFlashAttribute("count", count);
        return "redirect:/certif/review";
    }

    @PostMapping("/certif/review/{memberId}/{candidateId}/reject")
    String rejectOne(@PathVariable UUID memberId, @PathVariable UUID candidateId, @RequestParam String reason,
            HttpSession http, RedirectAttributes redirect) {
        reject.reject(actors.actor(http), memberId, candidateId, reason);
        redirect.addFlashAttribute("notice", "certification.review.rejected");
        return "redirect:/certif/review";
    }

    @PostMapping("/certif/review/{memberId}/{candidateId}/rescore")
    String recompute(@PathVariable UUID memberId, @PathVariable UUID candidateId, HttpSession http,
            RedirectAttributes redirect) {
        rescore.recompute(actors.actor(http), memberId, candidateId);
        redirect.addFlashAttribute("notice", "certification.review.rescoredNotice");
        return "redirect:/certif/review";
    }

    @PostMapping("/certif/review/{memberId}/{candidateId}/level")
    String correctLevel(@PathVariable UUID memberId, @PathVariable UUID candidateId, @RequestParam int level,
            @RequestParam(defaultValue = "") String reason, HttpSession http, RedirectAttributes redirect) {
        rescore.correctLevel(actors.actor(http), memberId, candidateId, level, reason);
        redirect.addFlashAttribute("notice", "certification.review.rescoredNotice");
        return "redirect:/certif/review";
    }

    @GetMapping("/certif/audit")
    String auditLog(HttpSession http, Model model) {
        Actor actor = actors.actor(http);
        model.addAttribute("entries", audit.latest(actor, AUDIT_ROWS));
        return "certification/audit";
    }

    @PostMapping("/certif/audit/verify")
    String verify(HttpSession http, Model model) {
        Actor actor = actors.actor(http);
        model.addAttribute("verification", audit.verify(actor));
        model.addAttribute("entries", audit.latest(actor, AUDIT_ROWS));
        return "certification/audit";
    }
}
