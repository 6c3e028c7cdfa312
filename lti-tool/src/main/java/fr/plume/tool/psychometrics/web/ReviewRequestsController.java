package fr.plume.tool.psychometrics.web;

import fr.plume.tool.itembank.api.ItemReviewRequests;
import fr.plume.tool.psychometrics.application.SendItemToReview;
import fr.plume.tool.shared.domain.PlumeProblemException;
import java.security.Principal;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Sends a flagged item to the item bank's review from the page that flagged it (a run's items or
 * the DIF results), then goes back to that page. Reached by the PSYCHOMETRICIAN role only.
 */
@Controller
class ReviewRequestsController {

    private static final String PAGES = "/admin/psychometrics/";

    private final SendItemToReview send;

    ReviewRequestsController(SendItemToReview send) {
        this.send = send;
    }

    @PostMapping("/admin/psychometrics/review")
    String review(@RequestParam String item, @RequestParam String reason,
                  @RequestParam(required = false) String back, Principal principal, RedirectAttributes redirect) {
        ItemReviewRequests.Outcome outcome = send.send(itemId(item), reason, principal.getName());
        redirect.addFlashAttribute("reviewed", "psychometrics.review." + outcome.name());
        return "redirect:" + (ownPage(back) ? back : PAGES + "runs");
    }

    /** Only back to one of this module's pages: never an open redirect. */
    private static boolean ownPage(String back) {
        return back != null && back.startsWith(PAGES) && !back.contains("//") && !back.contains("\\")
                && back.chars().noneMatch(Character::isISOControl);
    }

    private static UUID itemId(String text) {
        try {
            return UUID.fromString(text.strip());
        } catch (IllegalArgumentException e) {
            throw new PlumeProblemException("ITEMBANK-ITEM-NOT-FOUND", 404);
        }
    }
}
