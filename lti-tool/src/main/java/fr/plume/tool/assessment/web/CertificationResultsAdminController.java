package fr.plume.tool.assessment.web;

import fr.plume.tool.assessment.api.CertificationPublication;
import fr.plume.tool.assessment.api.CertificationResult;
import fr.plume.tool.assessment.api.CertificationResults;
import fr.plume.tool.identity.api.Members;
import fr.plume.tool.lti.api.LaunchDirectory;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Certification results awaiting publication, and the button that publishes one (its grade is then
 * queued for the gradebook). Stands in for the certification module's jury until it exists. Only
 * consortium administrators reach {@code /admin/**}; forms carry the CSRF token.
 */
@Controller
@RequestMapping("/admin/certification-results")
class CertificationResultsAdminController {

    /** One line of the page: no name, no e-mail (the attempt id is the reference). */
    record Row(UUID memberId, String member, String course, String certification, CertificationResult result) {
    }

    private final CertificationResults results;
    private final CertificationPublication publication;
    private final Members members;
    private final LaunchDirectory directory;

    CertificationResultsAdminController(CertificationResults results, CertificationPublication publication,
            Members members, LaunchDirectory directory) {
        this.results = results;
        this.publication = publication;
        this.members = members;
        this.directory = directory;
    }

    @GetMapping
    String list(Model model) {
        List<Row> rows = new ArrayList<>();
        for (Members.Member member : members.all()) {
            for (CertificationResult result : results.awaitingPublication(member.id())) {
                String course = result.contextId() == null ? null : directory.context(member.id(), result.contextId())
                        .map(LaunchDirectory.PlatformContext::title).orElse(null);
                rows.add(new Row(member.id(), member.name(), course, result.certification(), result));
            }
        }
        model.addAttribute("rows", rows);
        return "admin/certification-results";
    }

    @PostMapping("/{memberId}/{attemptId}/publish")
    String publish(@PathVariable UUID memberId, @PathVariable UUID attemptId, Principal principal,
            RedirectAttributes redirect) {
        CertificationPublication.Outcome outcome = publication.publish(memberId, attemptId, principal.getName());
        redirect.addFlashAttribute("notice", outcome == CertificationPublication.Outcome.PUBLISHED
                ? "assessment.publication.published" : "assessment.publication.alreadyPublished");
        return "redirect:/admin/certification-results";
    }
}
