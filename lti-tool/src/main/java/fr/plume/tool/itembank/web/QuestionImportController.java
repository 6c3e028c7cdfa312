package fr.plume.tool.itembank.web;

import fr.plume.framework.content.Item;
import fr.plume.tool.itembank.application.ImportQuestions;
import fr.plume.tool.itembank.application.ItemWorkbook;
import fr.plume.tool.itembank.domain.Author;
import fr.plume.tool.shared.domain.PlumeProblemException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Base64;
import java.util.List;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Import of a question file (GIFT, Moodle XML or the item workbook): the upload shows the preview (nothing saved); the preview page
 * carries the file back, so "Import" saves exactly what was previewed, or nothing.
 */
@Controller
class QuestionImportController {

    private final CurrentAuthor currentAuthor;
    private final ImportQuestions importQuestions;

    QuestionImportController(CurrentAuthor currentAuthor, ImportQuestions importQuestions) {
        this.currentAuthor = currentAuthor;
        this.importQuestions = importQuestions;
    }

    @GetMapping("/author/import")
    String form(Model model) {
        currentAuthor.require();
        model.addAttribute("settings", new ImportQuestions.Settings("", 1, ""));
        return "itembank/author-import";
    }

    /** The item workbook template: the columns and one example row per question type. */
    @GetMapping("/author/import/template.xlsx")
    ResponseEntity<byte[]> template() {
        currentAuthor.require();
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"plume-questions.xlsx\"")
                .contentType(MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
                .body(ItemWorkbook.template());
    }

    @PostMapping("/author/import")
    String preview(@RequestParam("file") MultipartFile file, ImportQuestions.Settings settings, Model model) {
        Author author = currentAuthor.require();
        byte[] content = bytes(file);
        ImportQuestions.Preview preview = importQuestions.preview(author, file.getOriginalFilename(), content, settings);
        model.addAttribute("settings", settings);
        model.addAttribute("preview", preview);
        model.addAttribute("fileName", file.getOriginalFilename());
        model.addAttribute("content", Base64.getEncoder().encodeToString(content));
        return "itembank/author-import";
    }

    @PostMapping("/author/import/confirm")
    String confirm(@RequestParam("content") String content, @RequestParam(name = "fileName", defaultValue = "") String fileName,
            ImportQuestions.Settings settings, RedirectAttributes redirect) {
        Author author = currentAuthor.require();
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(content);
        } catch (IllegalArgumentException e) {
            throw new PlumeProblemException("ITEMBANK-IMPORT-UNREADABLE", 400, "base64");
        }
        List<Item> imported = importQuestions.confirm(author, fileName, bytes, settings);
        redirect.addFlashAttribute("notice", "authoring.import.done");
        redirect.addFlashAttribute("imported", imported.size());
        return "redirect:/author/items";
    }

    private static byte[] bytes(MultipartFile file) {
        if (file.getSize() > ImportQuestions.MAX_BYTES) {
            throw new PlumeProblemException("ITEMBANK-IMPORT-TOO-BIG", 413, ImportQuestions.MAX_BYTES / (1024 * 1024));
        }
        try {
            return file.getBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
