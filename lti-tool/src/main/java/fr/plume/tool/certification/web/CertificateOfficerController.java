package fr.plume.tool.certification.web;

import fr.plume.tool.certification.application.ExportCertificateRegister;
import fr.plume.tool.certification.application.ListCertificates;
import fr.plume.tool.certification.application.RevokeCertificate;
import fr.plume.tool.certification.domain.RevocationReason;
import java.security.Principal;
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
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The officer's certificate pages: the newest certificates, revocation with a reason category,
 * and the register export. {@code /certif/certificates/**} is for certification officers and
 * consortium administrators only (security configuration); forms carry the CSRF token.
 */
@Controller
@RequestMapping("/certif/certificates")
class CertificateOfficerController {

    static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final ListCertificates list;
    private final RevokeCertificate revoke;
    private final ExportCertificateRegister register;

    CertificateOfficerController(ListCertificates list, RevokeCertificate revoke, ExportCertificateRegister register) {
        this.list = list;
        this.revoke = revoke;
        this.register = register;
    }

    @GetMapping
    String certificates(Model model) {
        model.addAttribute("certificates", list.newest());
        model.addAttribute("reasons", RevocationReason.values());
        return "certification/certificates";
    }

    @PostMapping("/{certificateId}/revoke")
    String revoke(@PathVariable UUID certificateId, @RequestParam RevocationReason reason,
            @RequestParam(name = "note", defaultValue = "") String note, Principal officer,
            RedirectAttributes redirect) {
        revoke.revoke(certificateId, reason, note.length() > 500 ? note.substring(0, 500) : note, officer.getName());
        redirect.addFlashAttribute("notice", "certificate.officer.revoked");
        return "redirect:/certif/certificates";
    }

    @GetMapping("/register.xlsx")
    ResponseEntity<StreamingResponseBody> export(Principal officer) {
        return ResponseEntity.ok().contentType(XLSX)
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename("certificates.xlsx").build().toString())
                .body(out -> register.export(officer.getName(), out));
    }
}
