package fr.plume.tool.certification.web;

import fr.plume.tool.certification.application.JoinSession;
import fr.plume.tool.certification.application.ShowCandidacy;
import fr.plume.tool.certification.application.Sitter;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The candidate's pages, after a launch from the certification activity: type the session's code,
 * then wait for the invigilator (the status is fetched again every few seconds) and start or
 * resume the certifying test, which assessment delivers under {@code /app}.
 */
@Controller
class CandidateController {

    private final CertificationActors actors;
    private final JoinSession join;
    private final ShowCandidacy candidacy;

    CandidateController(CertificationActors actors, JoinSession join, ShowCandidacy candidacy) {
        this.actors = actors;
        this.join = join;
        this.candidacy = candidacy;
    }

    @GetMapping("/certif/join")
    String form(Model model) {
        Sitter sitter = actors.sitter();
        model.addAttribute("candidacy", candidacy.of(sitter).orElse(null));
        model.addAttribute("certificationLink", sitter.certificationId() != null);
        return "certification/join";
    }

    @PostMapping("/certif/join")
    String join(@RequestParam String code) {
        join.join(actors.sitter(), code);
        return "redirect:/certif/candidate";
    }

    @GetMapping("/certif/candidate")
    String status(Model model) {
        model.addAttribute("candidacy", candidacy.of(actors.sitter()).orElse(null));
        return "certification/candidate";
    }

    /** The status panel alone, for the page's periodic refresh. */
    @GetMapping("/certif/candidate/status")
    String statusPanel(Model model) {
        model.addAttribute("candidacy", candidacy.of(actors.sitter()).orElse(null));
        return "certification/candidate :: status";
    }
}
