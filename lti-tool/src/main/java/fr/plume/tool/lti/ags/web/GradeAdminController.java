package fr.plume.tool.lti.ags.web;

import fr.plume.tool.identity.api.Members;
import fr.plume.tool.lti.ags.application.ManageDeadLetters;
import fr.plume.tool.lti.ags.application.ListDeadLetters;
import fr.plume.tool.shared.domain.PlumeProblemException;
import java.security.Principal;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Grade delivery failures, one member at a time: dead letters (retry / discard) and grades still
 * being retried with their last error. Only consortium administrators reach {@code /admin/**}.
 */
@Controller
@RequestMapping("/admin/grades")
class GradeAdminController {

    private final ListDeadLetters outbox;
    private final ManageDeadLetters deadLetters;
    private final Members members;

    GradeAdminController(ListDeadLetters outbox, ManageDeadLetters deadLetters, Members members) {
        this.outbox = outbox;
        this.deadLetters = deadLetters;
        this.members = members;
    }

    @GetMapping
    String list(@RequestParam(name = "member", required = false) UUID memberId, Model model) {
        List<Members.Member> all = members.all();
        Map<UUID, Long> counts = outbox.countsByMember();
        model.addAttribute("members", all);
        model.addAttribute("counts", counts);
        if (memberId != null) {
            Members.Member member = members.findById(memberId)
                    .orElseThrow(() -> new PlumeProblemException("PLUME-NOT-FOUND", 404));
            model.addAttribute("member", member);
            model.addAttribute("failures", outbox.failures(member.id(), 500));
        }
        return "admin/grades";
    }

    @PostMapping("/{memberId}/{gradeId}/retry")
    String retry(@PathVariable UUID memberId, @PathVariable UUID gradeId, Principal principal,
            RedirectAttributes redirect) {
        boolean done = deadLetters.retry(memberId, gradeId, principal.getName());
        redirect.addFlashAttribute("notice", done ? "lti.ags.admin.retried" : "lti.ags.admin.unchanged");
        return "redirect:/admin/grades?member=" + memberId;
    }

    @PostMapping("/{memberId}/{gradeId}/discard")
    String discard(@PathVariable UUID memberId, @PathVariable UUID gradeId, Principal principal,
            RedirectAttributes redirect) {
        boolean done = deadLetters.discard(memberId, gradeId, principal.getName());
        redirect.addFlashAttribute("notice", done ? "lti.ags.admin.discarded" : "lti.ags.admin.unchanged");
        return "redirect:/admin/grades?member=" + memberId;
    }
}
