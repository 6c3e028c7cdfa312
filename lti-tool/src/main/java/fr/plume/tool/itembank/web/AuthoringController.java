package fr.plume.tool.itembank.web;

import fr.plume.framework.content.Item;
import fr.plume.framework.content.ItemStatus;
import fr.plume.framework.content.ItemType;
import fr.plume.framework.content.Presentation;
import fr.plume.tool.itembank.api.RenderedItem;
import fr.plume.tool.itembank.application.EditItem;
import fr.plume.tool.itembank.application.ItemForm;
import fr.plume.tool.itembank.application.ReviewItem;
import fr.plume.tool.itembank.domain.Author;
import fr.plume.tool.itembank.domain.Comment;
import fr.plume.tool.itembank.domain.Comments;
import fr.plume.tool.itembank.domain.ItemVersion;
import fr.plume.tool.itembank.domain.ItemVersions;
import fr.plume.tool.itembank.domain.ModuleVersions;
import fr.plume.tool.shared.domain.PlumeProblemException;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Item authoring and review pages under {@code /author}. The preview renders the item with the
 * students' renderers; it is a plain form post (the "Preview" button), or an htmx request that
 * swaps only the preview when htmx is present.
 */
@Controller
class AuthoringController {

    private final CurrentAuthor currentAuthor;
    private final EditItem editItem;
    private final ReviewItem reviewItem;
    private final ItemVersions versions;
    private final ModuleVersions modules;
    private final Comments comments;

    AuthoringController(CurrentAuthor currentAuthor, EditItem editItem, ReviewItem reviewItem, ItemVersions versions,
            ModuleVersions modules, Comments comments) {
        this.currentAuthor = currentAuthor;
        this.editItem = editItem;
        this.reviewItem = reviewItem;
        this.versions = versions;
        this.modules = modules;
        this.comments = comments;
    }

    @GetMapping("/author/items")
    String items(Model model) {
        Author author = currentAuthor.require();
        List<ItemVersion> all = versions.latestOfEach();
        model.addAttribute("author", author);
        model.addAttribute("items", all);
        List<ItemVersion> toReview = all.stream()
                .filter(v -> v.status() == ItemStatus.IN_REVIEW && !author.is(v.author())).toList();
        model.addAttribute("toReview", toReview);
        model.addAttribute("reviewNotes", latestCommentOnVersion(toReview));
        model.addAttribute("modulesToReview", modules.latestOfEach().stream()
                .filter(m -> m.module().status() == ItemStatus.IN_REVIEW && !author.is(m.author())).toList());
        model.addAttribute("types", ItemType.values());
        return "itembank/author-items";
    }

    /** Why each version is in review, when someone said so on it (e.g. a psychometric flag). */
    private java.util.Map<UUID, Comment> latestCommentOnVersion(List<ItemVersion> inReview) {
        java.util.Map<UUID, Comment> notes = new java.util.HashMap<>();
        for (ItemVersion version : inReview) {
            comments.of(version.item().id()).stream().filter(c -> c.version() == version.version())
                    .reduce((first, second) -> second)
                    .ifPresent(c -> notes.put(version.item().id(), c));
        }
        return notes;
    }

    @GetMapping("/author/items/new")
    String newItem(@RequestParam(name = "type", defaultValue = "SINGLE_CHOICE") ItemType type, Model model,
            Locale locale) {
        currentAuthor.require();
        return editor(ItemForm.blank(type), null, List.of(), model, locale, false);
    }

    @GetMapping("/author/items/{id}")
    String item(@PathVariable UUID id, Model model, Locale locale) {
        Author author = currentAuthor.require();
        ItemVersion latest = versions.latest(id).orElseThrow(AuthoringController::notFound);
        model.addAttribute("version", latest);
        model.addAttribute("mine", author.is(latest.author()));
        model.addAttribute("comments", comments.of(id));
        return editor(ItemForm.of(latest.item()), latest, List.of(), model, locale, true);
    }

    @PostMapping("/author/items/preview")
    String preview(ItemForm form, @RequestHeader(name = "HX-Request", required = false) String htmx, Model model,
            Locale locale) {
        currentAuthor.require();
        ItemForm.Built built = editItem.preview(form);
        model.addAttribute("problems", built.problems());
        model.addAttribute("rendered", built.item() == null ? null : rendered(built.item(), locale));
        if (htmx != null) {
            return "itembank/author-item :: preview";
        }
        return editor(form, null, built.problems(), model, locale, built.item() != null);
    }

    @PostMapping("/author/items")
    String save(ItemForm form, Model model, Locale locale, RedirectAttributes redirect) {
        Author author = currentAuthor.require();
        EditItem.Outcome outcome = editItem.save(author, form);
        if (outcome.saved().isEmpty()) {
            model.addAttribute("problems", outcome.problems());
            return editor(form, null, outcome.problems(), model, locale, false);
        }
        redirect.addFlashAttribute("notice", "authoring.item.saved");
        return "redirect:/author/items/" + outcome.saved().get().item().id();
    }

    @PostMapping("/author/items/{id}/versions/{version}/{action}")
    String review(@PathVariable UUID id, @PathVariable int version, @PathVariable String action,
            @RequestParam(name = "comment", required = false) String comment, RedirectAttributes redirect) {
        Author author = currentAuthor.require();
        switch (action) {
            case "submit" -> reviewItem.submit(author, id, version);
            case "publish" -> reviewItem.publish(author, id, version);
            case "send-back" -> reviewItem.sendBack(author, id, version, comment);
            case "retire" -> reviewItem.retire(author, id, version);
            default -> throw notFound();
        }
        redirect.addFlashAttribute("notice", "authoring.item." + action + ".done");
        return "redirect:/author/items/" + id;
    }

    @PostMapping("/author/items/{id}/comments")
    String comment(@PathVariable UUID id, @RequestParam("body") String body, RedirectAttributes redirect) {
        reviewItem.comment(currentAuthor.require(), id, body);
        redirect.addFlashAttribute("notice", "authoring.comment.added");
        return "redirect:/author/items/" + id + "#comments";
    }

    private String editor(ItemForm form, ItemVersion version, List<String> problems, Model model, Locale locale,
            boolean withPreview) {
        model.addAttribute("form", form);
        model.addAttribute("types", ItemType.values());
        model.addAttribute("problems", problems);
        if (!model.containsAttribute("version")) {
            model.addAttribute("version", version);
        }
        if (!model.containsAttribute("rendered")) {
            Item item = version != null ? version.item() : null;
            model.addAttribute("rendered", withPreview && item != null ? rendered(item, locale) : null);
        }
        return "itembank/author-item";
    }

    private static RenderedItem rendered(Item item, Locale locale) {
        // seed 0: the order authors see is stable from one preview to the next
        return RenderedItem.of(Presentation.of(item, 0L).view(), locale.getLanguage());
    }

    static PlumeProblemException notFound() {
        return new PlumeProblemException("ITEMBANK-ITEM-NOT-FOUND", 404);
    }
}
