package fr.plume.tool.certification.web;

import fr.plume.tool.certification.application.AuthoriseCandidate;
import fr.plume.tool.certification.application.EndCandidateTest;
import fr.plume.tool.certification.application.OpenInvigilation;
import fr.plume.tool.certification.application.RecordIncident;
import fr.plume.tool.certification.application.ShowLiveSession;
import fr.plume.tool.certification.domain.CertificationSession;
import fr.plume.tool.certification.domain.IncidentKind;
import jakarta.servlet.http.HttpServletRequest;
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
 * The invigilator's pages: open a session with its code and PIN, then the live list of candidates
 * (its table is fetched again every few seconds by {@code certif-live.js}, without reloading the
 * page), and the actions on one candidate. The PIN opens one session for this browser session.
 */
@Controller
class InvigilationController {

    private final CertificationActors actors;
    private final OpenInvigilation open;
    private final ShowLiveSession live;
    private final AuthoriseCandidate authorise;
    private final EndCandidateTest end;
    private final RecordIncident incidents;

    InvigilationController(CertificationActors actors, OpenInvigilation open, ShowLiveSession live,
            AuthoriseCandidate authorise, EndCandidateTest end, RecordIncident incidents) {
        this.actors = actors;
        this.open = open;
        this.live = live;
        this.authorise = authorise;
        this.end = end;
        this.incidents = incidents;
    }

    @GetMapping("/certif/invigilate")
    String form() {
        return "certification/invigilate-open";
    }

    @PostMapping("/certif/invigilate")
    String open(@RequestParam String code, @RequestParam String pin, HttpServletRequest request) {
        CertificationSession opened = open.open(code, pin);
        // A new session id once the PIN is accepted, so a session id seen before cannot be reused.
        request.getSession(true);
        request.changeSessionId();
        CertificationActors.grantInvigilation(request.getSession(), opened);
        return "redirect:/certif/invigilate/" + opened.id();
    }

    @GetMapping("/certif/invigilate/{sessionId}")
    String page(@PathVariable UUID sessionId, HttpSession http, Model model) {
        model.addAttribute("live", live.live(actors.actor(http), sessionId));
        model.addAttribute("kinds", IncidentKind.values());
        return "certification/invigilate";
    }

    /** The table alone, for the page's periodic refresh. */
    @GetMapping("/certif/invigilate/{sessionId}/candidates")
    String candidates(@PathVariable UUID sessionId, HttpSession http, Model model) {
        model.addAttribute("live", live.live(actors.actor(http), sessionId));
        model.addAttribute("kinds", IncidentKind.values());
        return "certification/invigilate :: candidates";
    }

    @PostMapping("/certif/invigilate/{sessionId}/candidates/{candidateId}/authorise")
    String authorise(@PathVariable UUID sessionId, @PathVariable UUID candidateId, HttpSession http,
            RedirectAttributes redirect) {
        authorise.authorise(actors.actor(http), sessionId, candidateId);
        redirect.addFlashAttribute("notice", "certification.live.authorised");
        return "redirect:/certif/invigilate/" + sessionId;
    }

    @PostMapping("/certif/invigilate/{sessionId}/candidates/{candidateId}/end")
    String end(@PathVariable UUID sessionId, @PathVariable UUID candidateId, HttpSession http,
            RedirectAttributes redirect) {
        end.end(actors.actor(http), sessionId, candidateId);
        redirect.addFlashAttribute("notice", "certification.live.ended");
        return "redirect:/certif/invigilate/" + sessionId;
    }

    @PostMapping("/certif/invigilate/{sessionId}/candidates/{candidateId}/incidents")
    String incident(@PathVariable UUID sessionId, @PathVariable UUID candidateId, @RequestParam String kind,
            @RequestParam(defaultValue = "") String note, @RequestParam(defaultValue = "0") int minutesAgo,
            HttpSession http, RedirectAttributes redirect) {
        incidents.record(actors.actor(http), sessionId, candidateId, kind, note, minutesAgo);
        redirect.addFlashAttribute("notice", "certification.live.incidentRecorded");
        return "redirect:/certif/invigilate/" + sessionId;
    }
}
