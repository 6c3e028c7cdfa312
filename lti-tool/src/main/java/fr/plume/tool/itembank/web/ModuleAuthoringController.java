package fr.plume.tool.itembank.web;

import fr.plume.framework.content.ModuleEntry;
import fr.plume.framework.content.OpenModule;
import fr.plume.tool.itembank.application.EditModule;
import fr.plume.tool.itembank.application.ModuleForm;
import fr.plume.tool.itembank.application.ReviewModule;
import fr.plume.tool.itembank.application.UploadCheck;
import fr.plume.tool.itembank.domain.Author;
import fr.plume.tool.itembank.domain.ModuleVersion;
import fr.plume.tool.itembank.domain.ModuleVersions;
import fr.plume.tool.itembank.domain.StoredFiles;
import fr.plume.tool.shared.domain.PlumeProblemException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Open module authoring and review pages, and the upload of module files. */
@Controller
class ModuleAuthoringController {

    private final CurrentAuthor currentAuthor;
    private final EditModule editModule;
    private final ReviewModule reviewModule;
    private final ModuleVersions modules;
    private final UploadCheck uploadCheck;
    private final StoredFiles files;

    ModuleAuthoringController(CurrentAuthor currentAuthor, EditModule editModule, ReviewModule reviewModule,
            ModuleVersions modules, UploadCheck uploadCheck, StoredFiles files) {
        this.currentAuthor = currentAuthor;
        this.editModule = editModule;
        this.reviewModule = reviewModule;
        this.modules = modules;
        this.uploadCheck = uploadCheck;
        this.files = files;
    }

    @GetMapping("/author/modules")
    String list(Model model) {
        model.addAttribute("author", currentAuthor.require());
        model.addAttribute("modules", modules.latestOfEach());
        return "itembank/author-modules";
    }

    @GetMapping("/author/modules/new")
    String newModule(Model model) {
        currentAuthor.require();
        return editor(ModuleForm.blank(), null, List.of(), model);
    }

    @GetMapping("/author/modules/{id}")
    String module(@PathVariable UUID id, Model model) {
        Author author = currentAuthor.require();
        ModuleVersion latest = modules.latest(id)
                .orElseThrow(() -> new PlumeProblemException("ITEMBANK-MODULE-NOT-FOUND", 404));
        model.addAttribute("mine", author.is(latest.author()));
        return editor(formOf(latest.module()), latest, List.of(), model);
    }

    @PostMapping("/author/modules")
    String save(ModuleForm form, Model model, RedirectAttributes redirect) {
        EditModule.Outcome outcome = editModule.save(currentAuthor.require(), form);
        if (outcome.saved().isEmpty()) {
            return editor(form, null, outcome.problems(), model);
        }
        redirect.addFlashAttribute("notice", "authoring.module.saved");
        return "redirect:/author/modules/" + outcome.saved().get().id();
    }

    @PostMapping("/author/modules/{id}/versions/{version}/{action}")
    String review(@PathVariable UUID id, @PathVariable int version, @PathVariable String action,
            RedirectAttributes redirect) {
        Author author = currentAuthor.require();
        switch (action) {
            case "submit" -> reviewModule.submit(author, id, version);
            case "publish" -> reviewModule.publish(author, id, version);
            case "send-back" -> reviewModule.sendBack(author, id, version);
            case "retire" -> reviewModule.retire(author, id, version);
            default -> throw new PlumeProblemException("ITEMBANK-MODULE-NOT-FOUND", 404);
        }
        redirect.addFlashAttribute("notice", "authoring.item." + action + ".done");
        return "redirect:/author/modules/" + id;
    }

    @PostMapping("/author/files")
    @Transactional
    String upload(@RequestParam("file") MultipartFile file, RedirectAttributes redirect) {
        currentAuthor.require();
        if (file.getSize() > UploadCheck.MAX_BYTES) {
            throw new PlumeProblemException("ITEMBANK-FILE-TOO-BIG", 413, UploadCheck.MAX_BYTES / (1024 * 1024));
        }
        byte[] content;
        try {
            content = file.getBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String mediaType = uploadCheck.mediaTypeOf(content);
        String sha256 = sha256(content);
        files.store(sha256, mediaType, content);
        redirect.addFlashAttribute("uploaded", sha256);
        redirect.addFlashAttribute("uploadedType", mediaType);
        return "redirect:/author/modules";
    }

    private String editor(ModuleForm form, ModuleVersion version, List<String> problems, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("version", version);
        model.addAttribute("problems", problems);
        return "itembank/author-module";
    }

    static ModuleForm formOf(OpenModule module) {
        String objectives = module.objectives().stream().map(o -> o.competency() + ": " + o.text().fr())
                .collect(Collectors.joining("\n"));
        String entries = module.entries().stream().map(ModuleAuthoringController::line).collect(Collectors.joining("\n"));
        return new ModuleForm(module.id(), module.title().fr(), module.title().en(), module.summary().fr(),
                module.summary().en(), objectives, module.estimatedMinutes(), module.licence(),
                String.join("\n", module.authors()), String.join("\n", module.institutions()), entries);
    }

    private static String line(ModuleEntry entry) {
        if (entry instanceof ModuleEntry.ItemEntry item) {
            return "item: " + item.itemId() + " | " + item.title().fr();
        }
        if (entry instanceof ModuleEntry.PageEntry page) {
            return "page: " + page.title().fr() + " | " + page.html().fr();
        }
        if (entry instanceof ModuleEntry.LinkEntry link) {
            return "link: " + link.url() + " | " + link.title().fr();
        }
        if (entry instanceof ModuleEntry.FileEntry file) {
            return "file: " + file.sha256() + " | " + file.title().fr();
        }
        ModuleEntry.HarvestedEntry harvested = (ModuleEntry.HarvestedEntry) entry;
        return "harvested: " + harvested.identifier() + " | " + harvested.url() + " | " + harvested.title().fr();
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
