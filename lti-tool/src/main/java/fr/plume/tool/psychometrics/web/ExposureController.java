package fr.plume.tool.psychometrics.web;

import fr.plume.tool.assessment.api.ItemExposures;
import fr.plume.tool.itembank.api.ItemCatalog;
import fr.plume.tool.itembank.api.PublishedItem;
import fr.plume.tool.psychometrics.domain.Exposure;
import java.time.Clock;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Exposure of the operational bank per kind of test over the last {@code days} days: attempts,
 * highest rate, items over {@value Exposure#MAX_RATE}, share never shown, and the most exposed
 * items. Reached by the PSYCHOMETRICIAN role only (SecurityConfiguration).
 */
@Controller
@RequestMapping("/admin/psychometrics/exposure")
class ExposureController {

    private static final Set<String> MODES = Set.of("DIAGNOSTIC", "FORMATIVE", "CERTIFICATION");
    private static final int SHOWN_ITEMS = 50;

    record ItemRate(String itemId, String competency, String rate, boolean over) {
    }

    private final ItemExposures exposures;
    private final ItemCatalog catalog;
    private final Clock clock;

    ExposureController(ItemExposures exposures, ItemCatalog catalog, Clock clock) {
        this.exposures = exposures;
        this.catalog = catalog;
        this.clock = clock;
    }

    /** The exposure of the operational pool for a kind of test over a window of days. */
    private record Window(String mode, int days, Exposure exposure, Map<String, String> competencies) {
    }

    private Window window(String mode, int days) {
        String chosen = MODES.contains(mode) ? mode : "CERTIFICATION";
        int window = Math.max(1, Math.min(days, 3660));
        List<PublishedItem> pool = catalog.published().stream().filter(item -> !item.pretest()).toList();
        Map<String, String> competencies = new java.util.HashMap<>();
        pool.forEach(item -> competencies.put(item.item().id().toString(), item.item().competency()));
        ItemExposures.Counts counts = exposures.counts(chosen, clock.instant().minus(Duration.ofDays(window)));
        return new Window(chosen, window, Exposure.of(competencies.keySet(), counts.shown(), counts.attempts()),
                competencies);
    }

    /** Every item of the pool, most exposed first: rate, and whether it is above the limit. */
    private static TableExport table(Window window) {
        List<List<Object>> rows = window.exposure().rates().entrySet().stream()
                .sorted(Map.Entry.<String, Double>comparingByValue(Comparator.reverseOrder())
                        .thenComparing(Map.Entry.comparingByKey()))
                .map(e -> List.<Object>of(e.getKey(), window.competencies().get(e.getKey()), e.getValue(),
                        Boolean.toString(e.getValue() > Exposure.MAX_RATE)))
                .toList();
        return new TableExport("exposure-" + window.mode().toLowerCase(Locale.ROOT) + "-" + window.days() + "d",
                List.of("item", "competency", "exposure_rate", "above_limit"), rows);
    }

    @GetMapping(value = "/items.csv", produces = "text/csv;charset=UTF-8")
    org.springframework.http.ResponseEntity<String> csv(@RequestParam(defaultValue = "CERTIFICATION") String mode,
                                                        @RequestParam(defaultValue = "90") int days) {
        return table(window(mode, days)).csv();
    }

    @GetMapping("/items.xlsx")
    org.springframework.http.ResponseEntity<org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody>
            xlsx(@RequestParam(defaultValue = "CERTIFICATION") String mode, @RequestParam(defaultValue = "90") int days) {
        return table(window(mode, days)).xlsx();
    }

    @GetMapping
    String exposure(@RequestParam(defaultValue = "CERTIFICATION") String mode,
                    @RequestParam(defaultValue = "90") int days, Model model) {
        Window chosenWindow = window(mode, days);
        String chosen = chosenWindow.mode();
        int window = chosenWindow.days();
        Exposure exposure = chosenWindow.exposure();
        Map<String, String> competencies = chosenWindow.competencies();
        model.addAttribute("mode", chosen);
        model.addAttribute("modes", List.of("DIAGNOSTIC", "FORMATIVE", "CERTIFICATION"));
        model.addAttribute("days", window);
        model.addAttribute("exposure", exposure);
        model.addAttribute("maxRate", percent(exposure.maxRate()));
        model.addAttribute("neverShown", percent(exposure.neverShown()));
        model.addAttribute("limit", percent(Exposure.MAX_RATE));
        model.addAttribute("items", exposure.rates().entrySet().stream()
                .sorted(Map.Entry.<String, Double>comparingByValue(Comparator.reverseOrder()))
                .limit(SHOWN_ITEMS)
                .map(e -> new ItemRate(e.getKey(), competencies.get(e.getKey()), percent(e.getValue()),
                        e.getValue() > Exposure.MAX_RATE))
                .toList());
        return "psychometrics/exposure";
    }

    private static String percent(double share) {
        return String.format(Locale.ROOT, "%.1f %%", 100 * share);
    }
}
