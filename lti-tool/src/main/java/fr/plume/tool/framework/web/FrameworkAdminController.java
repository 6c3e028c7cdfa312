package fr.plume.tool.framework.web;

import fr.plume.framework.format.FrameworkFormat;
import fr.plume.tool.framework.api.FrameworkImportRejected;
import fr.plume.tool.framework.api.Frameworks;
import fr.plume.tool.framework.application.ImportFramework;
import fr.plume.tool.framework.domain.ImportOutcome;
import fr.plume.tool.shared.domain.PlumeProblemException;
import java.io.IOException;
import java.security.Principal;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Admin pages: list versions, import a file (every problem listed), view a version. */
@Controller
@RequestMapping("/admin/frameworks")
class FrameworkAdminController {

    private final ImportFramework importFramework;
    private final Frameworks frameworks;

    FrameworkAdminController(ImportFramework importFramework, Frameworks frameworks) {
        this.importFramework = importFramework;
        this.frameworks = frameworks;
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("versions", frameworks.list());
        model.addAttribute("formats", FrameworkFormat.values());
        return "admin/frameworks";
    }

    @PostMapping
    String importFile(@RequestParam("file") MultipartFile file,
            @RequestParam(name = "format", required = false) String format, Principal principal, Model model,
            RedirectAttributes redirect) throws IOException {
        try {
            FrameworkFormat resolved = FormatParameter.resolve(format, file.getOriginalFilename());
            ImportOutcome outcome = importFramework.importFile(resolved, file.getInputStream(), principal.getName());
            redirect.addFlashAttribute("outcome", outcome);
            return "redirect:/admin/frameworks/" + outcome.versionId();
        } catch (FrameworkImportRejected rejected) {
            model.addAttribute("problems", rejected.problems());
            model.addAttribute("summary", rejected.summary());
            model.addAttribute("fileName", file.getOriginalFilename());
            model.addAttribute("versions", frameworks.list());
            model.addAttribute("formats", FrameworkFormat.values());
            return "admin/frameworks";
        }
    }

    @GetMapping("/{id}/export")
    ResponseEntity<byte[]> export(@PathVariable UUID id, @RequestParam("format") FrameworkFormat format) {
        return FrameworkDownload.of(stored(id), format);
    }

    @GetMapping("/{id}")
    String view(@PathVariable UUID id, Model model) {
        Frameworks.StoredFramework stored = stored(id);
        model.addAttribute("stored", stored);
        model.addAttribute("framework", stored.framework());
        model.addAttribute("formats", FrameworkFormat.values());
        return "admin/framework";
    }

    private Frameworks.StoredFramework stored(UUID id) {
        return frameworks.find(id)
                .orElseThrow(() -> new PlumeProblemException("PLUME-NOT-FOUND", HttpStatus.NOT_FOUND.value()));
    }
}
