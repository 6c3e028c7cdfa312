package fr.plume.tool.certification.web;

import fr.plume.tool.certification.application.Actor;
import fr.plume.tool.certification.application.HoldMemberJury;
import fr.plume.tool.certification.domain.MemberJuryVerdict;
import fr.plume.tool.shared.domain.PlumeProblemException;
import jakarta.servlet.http.HttpSession;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The member university's jury of a finalised session (the centre's managers): its candidates'
 * results, a decision per candidate (endorse, or defer with a reason) and the closing of the jury.
 * The officer may read the page. Every check is the use case's.
 */
@Controller
class MemberJuryController {

    private final CertificationActors actors;
    private final HoldMemberJury jury;

    MemberJuryController(CertificationActors actors, HoldMemberJury jury) {
        this.actors = actors;
        this.jury = jury;
    }

    @GetMapping("/certif/sessions/{sessionId}/jury")
    String show(@PathVariable UUID sessionId, HttpSession http, Model model) {
        Actor actor = actors.actor(http);
        model.addAttribute("jury", jury.show(actor, sessionId));
        model.addAttribute("officer", actor.officer());
        return "certification/member-jury";
    }

    @PostMapping("/certif/sessions/{sessionId}/jury/candidates/{candidateId}")
    String decide(@PathVariable UUID sessionId, @PathVariable UUID candidateId,
            @RequestParam(defaultValue = "") String verdict, @RequestParam(defaultValue = "") String reason,
            HttpSession http, RedirectAttributes redirect) {
        Actor actor = actors.actor(http);
        MemberJuryVerdict chosen = switch (verdict) {
            case "ENDORSED" -> MemberJuryVerdict.ENDORSED;
            case "DEFERRED" -> MemberJuryVerdict.DEFERRED;
            // Who asks is checked before the form is judged: an unknown verdict from anyone else is refused.
            default -> {
                jury.show(actor, sessionId);
                throw new PlumeProblemException("CERTIFICATION-BAD-VERDICT", 400);
            }
        };
        jury.decide(actor, sessionId, candidateId, chosen, reason);
        redirect.addFlashAttribute("notice", "certification.jury.decided." + chosen.name());
        return "redirect:/certif/sessions/" + sessionId + "/jury";
    }

    @PostMapping("/certif/sessions/{sessionId}/jury/close")
    String close(@PathVariable UUID sessionId, HttpSession http, RedirectAttributes redirect) {
        jury.close(actors.actor(http), sessionId);
        redirect.addFlashAttribute("notice", "certification.jury.closedNotice");
        return "redirect:/certif/sessions/" + sessionId + "/jury";
    }
}
