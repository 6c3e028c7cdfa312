package fr.plume.tool.certification.web;

import fr.plume.tool.certification.application.ShowStatusList;
import fr.plume.tool.certification.application.Verification;
import fr.plume.tool.certification.application.VerifyCertificate;
import fr.plume.tool.certification.domain.CertificateDocument.AreaLine;
import fr.plume.tool.shared.domain.PlumeProblemException;
import jakarta.servlet.http.HttpServletRequest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.CrossOrigin;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * The public verification (no sign-in, DESIGN §7): a page and a JSON answer per code, the form
 * to type a code, and the signed status lists. {@code /verify/**} is public in the security
 * configuration; every answer is counted against the client's rate.
 */
@Controller
class VerificationController {

    static final MediaType VC_JWT = MediaType.parseMediaType("application/vc+jwt");

    private final VerifyCertificate verify;
    private final ShowStatusList statusLists;

    VerificationController(VerifyCertificate verify, ShowStatusList statusLists) {
        this.verify = verify;
        this.statusLists = statusLists;
    }

    @GetMapping("/verify")
    String form(@RequestParam(name = "code", required = false) String code, HttpServletRequest request, Model model) {
        if (code == null || code.isBlank()) {
            return "certification/verify";
        }
        return page(code, request, model);
    }

    @GetMapping(path = "/verify/{code}", produces = MediaType.TEXT_HTML_VALUE)
    String page(@PathVariable String code, HttpServletRequest request, Model model) {
        model.addAttribute("typed", code);
        try {
            model.addAttribute("verification", verify.verify(code, request.getRemoteAddr()));
        } catch (PlumeProblemException problem) {
            if (!problem.code().equals(VerifyCertificate.TYPO) && !problem.code().equals(VerifyCertificate.MALFORMED)) {
                throw problem;
            }
            model.addAttribute("codeError", problem.code());
        }
        return "certification/verify";
    }

    // Public, anonymous, read-only: a verifier's web page on another site may read it (no cookies sent).
    @CrossOrigin(origins = "*", allowCredentials = "false", methods = RequestMethod.GET)
    @GetMapping(path = {"/verify/{code}.json", "/verify/api/{code}"}, produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    ResponseEntity<Map<String, Object>> json(@PathVariable String code, HttpServletRequest request) {
        Verification v = verify.verify(code, request.getRemoteAddr());
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(json(v));
    }

    // Bitstring Status List §3: any verifier checks revocation, in-browser ones included.
    @CrossOrigin(origins = "*", allowCredentials = "false", methods = RequestMethod.GET)
    @GetMapping("/verify/status-lists/{listId}")
    @ResponseBody
    ResponseEntity<String> statusList(@PathVariable UUID listId) {
        return statusLists.signedList(listId)
                .map(jwt -> ResponseEntity.ok().contentType(VC_JWT)
                        .cacheControl(CacheControl.maxAge(60, TimeUnit.SECONDS).cachePublic()).body(jwt))
                .orElseThrow(() -> new PlumeProblemException("CERT-STATUS-LIST-NOT-FOUND", 404));
    }

    static Map<String, Object> json(Verification v) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("code", v.code());
        body.put("status", v.state().name().toLowerCase(java.util.Locale.ROOT));
        if (v.holderName() == null) {
            return body;
        }
        body.put("holder", v.holderName());
        body.put("certification", v.certification());
        body.put("level", v.level());
        body.put("score", Map.of("low", v.scoreBand().low(), "high", v.scoreBand().high(),
                "rounded", v.scoreBand().rounded(), "margin", v.scoreBand().margin()));
        body.put("sittingDate", v.sittingDate().toString());
        body.put("issuedAt", v.issuedAt().toString());
        body.put("validUntil", v.validUntil().toString());
        if (v.revokedAt() != null) {
            body.put("revokedAt", v.revokedAt().toString());
            body.put("revocationReason", v.revocationReason().name());
        }
        if (v.detailsShown()) {
            body.put("domains", areas(v.domains()));
            body.put("competencies", areas(v.competencies()));
        }
        return body;
    }

    private static List<Map<String, Object>> areas(List<AreaLine> lines) {
        return lines.stream().map(l -> Map.<String, Object>of("code", l.code(), "label", l.labelFr(),
                "labelEn", l.labelEn(), "level", l.level(), "indicative", l.indicative())).toList();
    }
}
