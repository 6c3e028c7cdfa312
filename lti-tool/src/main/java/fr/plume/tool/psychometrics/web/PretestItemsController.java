package fr.plume.tool.psychometrics.web;

import fr.plume.tool.assessment.api.PretestProgress;
import fr.plume.tool.itembank.api.ItemStewardship;
import fr.plume.tool.itembank.api.PublishedItem;
import fr.plume.tool.psychometrics.application.PromotePretestItem;
import fr.plume.tool.psychometrics.domain.CalibrationRuns;
import fr.plume.tool.psychometrics.domain.RunStatus;
import fr.plume.tool.shared.domain.PlumeProblemException;
import java.security.Principal;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The psychometrician's item decisions: items in pretest with their answers collected against the
 * target, promoting one to operational with a run's estimate, putting a published item in pretest,
 * retiring an item. Reached by the PSYCHOMETRICIAN role only (SecurityConfiguration).
 */
@Controller
@RequestMapping("/admin/psychometrics/items")
class PretestItemsController {

    private static final String PAGE = "redirect:/admin/psychometrics/items";

    /** One pretest item as the table shows it. */
    record PretestRow(UUID itemId, String family, String competency, int level, int responses, boolean complete) {
    }

    private final PromotePretestItem promote;
    private final ItemStewardship stewardship;
    private final PretestProgress progress;
    private final CalibrationRuns runs;

    PretestItemsController(PromotePretestItem promote, ItemStewardship stewardship, PretestProgress progress,
                           CalibrationRuns runs) {
        this.promote = promote;
        this.stewardship = stewardship;
        this.progress = progress;
        this.runs = runs;
    }

    @GetMapping
    String list(Model model) {
        Map<UUID, Integer> responses = progress.responses();
        int target = progress.targetResponses();
        model.addAttribute("items", promote.pretestItems().stream().map(item -> row(item, responses, target)).toList());
        model.addAttribute("target", target);
        model.addAttribute("runs", runs.latest(50).stream().filter(run -> run.status() == RunStatus.SUCCEEDED).toList());
        return "psychometrics/items";
    }

    @PostMapping("/promote")
    String promote(@RequestParam UUID item, @RequestParam UUID run, Principal principal, RedirectAttributes redirect) {
        promote.promote(run, item, principal.getName());
        redirect.addFlashAttribute("done", "psychometrics.items.promoted");
        return PAGE;
    }

    @PostMapping("/pretest")
    String pretest(@RequestParam String item, RedirectAttributes redirect) {
        if (!stewardship.startPretest(itemId(item))) {
            throw new PlumeProblemException("PSY-ALREADY-PRETESTED", 409);
        }
        redirect.addFlashAttribute("done", "psychometrics.items.pretested");
        return PAGE;
    }

    @PostMapping("/retire")
    String retire(@RequestParam String item, Principal principal, RedirectAttributes redirect) {
        stewardship.retire(itemId(item), principal.getName());
        redirect.addFlashAttribute("done", "psychometrics.items.retired");
        return PAGE;
    }

    private static PretestRow row(PublishedItem item, Map<UUID, Integer> responses, int target) {
        int count = responses.getOrDefault(item.item().id(), 0);
        return new PretestRow(item.item().id(), item.item().family(), item.item().competency(), item.item().level(),
                count, count >= target);
    }

    private static UUID itemId(String text) {
        try {
            return UUID.fromString(text.strip());
        } catch (IllegalArgumentException e) {
            throw new PlumeProblemException("ITEMBANK-ITEM-NOT-FOUND", 404);
        }
    }
}
