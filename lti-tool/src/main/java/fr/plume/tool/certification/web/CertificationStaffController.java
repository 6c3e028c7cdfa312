package fr.plume.tool.certification.web;

import fr.plume.tool.certification.application.EnrolRoster;
import fr.plume.tool.certification.application.FinaliseSession;
import fr.plume.tool.certification.application.ManageCentres;
import fr.plume.tool.certification.application.RenewInvigilatorPin;
import fr.plume.tool.certification.application.ScheduleSession;
import fr.plume.tool.certification.application.ShowSessions;
import fr.plume.tool.certification.application.Actor;
import fr.plume.tool.shared.domain.PlumeProblemException;
import fr.plume.tool.shared.web.DateDisplay;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The certification staff's pages (tool accounts): the officer opens centres and appoints their
 * managers; the officer or a centre's manager schedules sessions, enrols candidates from a roster
 * and finalises a session. Every action is checked by the use case, not here.
 */
@Controller
class CertificationStaffController {

    private static final long MAX_ROSTER_BYTES = 2L * 1024 * 1024;

    private final CertificationActors actors;
    private final ManageCentres centres;
    private final ShowSessions sessions;
    private final ScheduleSession schedule;
    private final EnrolRoster roster;
    private final FinaliseSession finalise;
    private final RenewInvigilatorPin renewPin;
    private final DateDisplay dates;
    private final java.time.Clock clock;

    CertificationStaffController(CertificationActors actors, ManageCentres centres, ShowSessions sessions,
            ScheduleSession schedule, EnrolRoster roster, FinaliseSession finalise, RenewInvigilatorPin renewPin,
            DateDisplay dates, java.time.Clock clock) {
        this.clock = clock;
        this.actors = actors;
        this.centres = centres;
        this.sessions = sessions;
        this.schedule = schedule;
        this.roster = roster;
        this.finalise = finalise;
        this.renewPin = renewPin;
        this.dates = dates;
    }

    @GetMapping("/certif")
    String home(HttpSession http, Model model) {
        Actor actor = actors.actor(http);
        model.addAttribute("actor", actor);
        model.addAttribute("centres", centres.visibleTo(actor));
        model.addAttribute("sessions", sessions.visibleTo(actor));
        model.addAttribute("members", actor.officer() ? centres.members(actor) : java.util.List.of());
        // The form's starting value (an input value, not a date shown to read): tomorrow, 9 a.m.
        model.addAttribute("defaultStart", java.time.LocalDate.now(clock).plusDays(1).atTime(9, 0).toString());
        return "certification/staff-home";
    }

    @PostMapping("/certif/centres")
    String openCentre(@RequestParam UUID memberId, @RequestParam String name, HttpSession http,
            RedirectAttributes redirect) {
        centres.open(actors.actor(http), memberId, name);
        redirect.addFlashAttribute("notice", "certification.centre.opened");
        return "redirect:/certif";
    }

    @PostMapping("/certif/centres/{centreId}/managers")
    String appoint(@PathVariable UUID centreId, @RequestParam String username, HttpSession http,
            RedirectAttributes redirect) {
        centres.appointManager(actors.actor(http), centreId, username);
        redirect.addFlashAttribute("notice", "certification.centre.managerAppointed");
        return "redirect:/certif";
    }

    @PostMapping("/certif/centres/{centreId}/sessions")
    String scheduleSession(@PathVariable UUID centreId, @RequestParam String startsAt, @RequestParam String room,
            @RequestParam int capacity, @RequestParam int durationMinutes, HttpSession http,
            RedirectAttributes redirect) {
        Actor actor = actors.actor(http);
        UUID memberId = centres.visibleTo(actor).stream().filter(v -> v.centre().id().equals(centreId))
                .map(v -> v.centre().memberId()).findFirst()
                .orElseThrow(() -> new PlumeProblemException("CERTIFICATION-FORBIDDEN", 403));
        LocalDateTime local;
        try {
            local = LocalDateTime.parse(startsAt);
        } catch (DateTimeParseException e) {
            throw new PlumeProblemException("CERTIFICATION-BAD-SESSION", 400);
        }
        ScheduleSession.Scheduled scheduled = schedule.schedule(actor, centreId, new ScheduleSession.Request(
                local.atZone(dates.zoneOf(memberId)).toInstant(), room, capacity, durationMinutes, "certification"));
        redirect.addFlashAttribute("pin", scheduled.pin());
        return "redirect:/certif/sessions/" + scheduled.session().id();
    }

    @GetMapping("/certif/sessions/{sessionId}")
    String session(@PathVariable UUID sessionId, HttpSession http, Model model) {
        Actor actor = actors.actor(http);
        model.addAttribute("detail", sessions.detail(actor, sessionId));
        model.addAttribute("officer", actor.officer());
        return "certification/session";
    }

    @PostMapping("/certif/sessions/{sessionId}/roster")
    String enrol(@PathVariable UUID sessionId, @RequestParam(name = "file", required = false) MultipartFile file,
            HttpSession http,
            Model model, jakarta.servlet.http.HttpServletResponse response) throws IOException {
        Actor actor = actors.actor(http);
        if (file != null && file.getSize() > MAX_ROSTER_BYTES) {
            throw new PlumeProblemException("CERTIFICATION-ROSTER-TOO-LARGE", 413);
        }
        // No file: the use case still checks who asks first, then reports an unreadable roster.
        EnrolRoster.Outcome outcome = file == null ? roster.enrol(actor, sessionId, "", new byte[0])
                : roster.enrol(actor, sessionId, file.getOriginalFilename(), file.getBytes());
        model.addAttribute("outcome", outcome);
        if (!outcome.problems().isEmpty()) {
            response.setStatus(422);
        }
        model.addAttribute("detail", sessions.detail(actor, sessionId));
        model.addAttribute("officer", actor.officer());
        return "certification/session";
    }

    @PostMapping("/certif/sessions/{sessionId}/pin")
    String renewPin(@PathVariable UUID sessionId, HttpSession http, RedirectAttributes redirect) {
        redirect.addFlashAttribute("pin", renewPin.renew(actors.actor(http), sessionId));
        return "redirect:/certif/sessions/" + sessionId;
    }

    @PostMapping("/certif/sessions/{sessionId}/finalise")
    String finalise(@PathVariable UUID sessionId, HttpSession http, RedirectAttributes redirect) {
        FinaliseSession.Finalised finalised = finalise.finalise(actors.actor(http), sessionId);
        // Flash attributes live in the (PostgreSQL) session: plain values only.
        redirect.addFlashAttribute("toReview", finalised.toReview());
        redirect.addFlashAttribute("noCertificate", finalised.noCertificate());
        return "redirect:/certif/sessions/" + sessionId;
    }
}
