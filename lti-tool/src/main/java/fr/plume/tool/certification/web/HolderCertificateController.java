package fr.plume.tool.certification.web;

import fr.plume.tool.certification.application.ShowHolderCertificates;
import fr.plume.tool.lti.api.CurrentLaunch;
import fr.plume.tool.lti.api.LaunchContext;
import java.util.UUID;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The holder's page, reached from an LTI launch: their certificates, the signed PDF, and the
 * choice of showing the levels per domain and competency to verifiers. Only the launch's own
 * member and user are ever read.
 */
@Controller
@RequestMapping("/app/certificates")
class HolderCertificateController {

    private final ShowHolderCertificates holder;
    private final CurrentLaunch launch;

    HolderCertificateController(ShowHolderCertificates holder, CurrentLaunch launch) {
        this.holder = holder;
        this.launch = launch;
    }

    @GetMapping
    String certificates(Model model) {
        LaunchContext context = launch.require();
        model.addAttribute("certificates", holder.list(context.memberId(), context.userId()));
        return "certification/holder";
    }

    @GetMapping("/{certificateId}.pdf")
    ResponseEntity<byte[]> pdf(@PathVariable UUID certificateId) {
        LaunchContext context = launch.require();
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename("certificate.pdf").build().toString())
                .body(holder.pdf(context.memberId(), context.userId(), certificateId));
    }

    @PostMapping("/{certificateId}/details")
    String details(@PathVariable UUID certificateId, @RequestParam boolean shown, RedirectAttributes redirect) {
        LaunchContext context = launch.require();
        holder.showDetails(context.memberId(), context.userId(), certificateId, shown);
        redirect.addFlashAttribute("notice", shown ? "certificate.holder.shown" : "certificate.holder.hidden");
        return "redirect:/app/certificates";
    }
}
