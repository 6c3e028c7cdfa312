package fr.plume.tool.catalogue.web;

import fr.plume.framework.model.Competency;
import fr.plume.tool.catalogue.api.OpenResource;
import fr.plume.tool.catalogue.api.OpenResources;
import fr.plume.tool.framework.api.Frameworks;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Public, read-only catalogue of open resources, grouped by the competency they help with. */
@Controller
class CatalogueController {

    private final OpenResources resources;
    private final Frameworks frameworks;

    CatalogueController(OpenResources resources, Frameworks frameworks) {
        this.resources = resources;
        this.frameworks = frameworks;
    }

    /** A competency and its resources; {@code code} is empty for resources linked to none. */
    record Shelf(String code, String title, List<OpenResource> resources) {
    }

    @GetMapping({"/catalogue", "/catalogue/"})
    String catalogue(@RequestParam(name = "competency", required = false) String competency, Locale locale,
            Model model) {
        Map<String, String> titles = new LinkedHashMap<>();
        frameworks.current().ifPresent(stored -> {
            for (Competency c : stored.framework().allCompetencies()) {
                titles.put(c.code(), "en".equals(locale.getLanguage()) && c.title().en() != null
                        && !c.title().en().isBlank() ? c.title().en() : c.title().fr());
            }
        });
        List<OpenResource> all = resources.published();
        Map<String, List<OpenResource>> byCode = new java.util.TreeMap<>(CatalogueController::compareCodes);
        List<OpenResource> unlinked = new ArrayList<>();
        for (OpenResource r : all) {
            if (r.competencyCodes().isEmpty()) {
                unlinked.add(r);
            }
            for (String code : r.competencyCodes()) {
                byCode.computeIfAbsent(code, k -> new ArrayList<>()).add(r);
            }
        }
        List<Shelf> shelves = new ArrayList<>();
        byCode.forEach((code, list) -> {
            if (competency == null || competency.isBlank() || competency.equals(code)) {
                shelves.add(new Shelf(code, titles.getOrDefault(code, ""), list));
            }
        });
        if (!unlinked.isEmpty() && (competency == null || competency.isBlank())) {
            shelves.add(new Shelf("", "", unlinked));
        }
        model.addAttribute("shelves", shelves);
        model.addAttribute("total", all.size());
        model.addAttribute("competency", competency == null ? "" : competency);
        model.addAttribute("codes", byCode.keySet());
        model.addAttribute("titles", titles);
        return "catalogue/catalogue";
    }

    /** "1.10" after "1.9": codes compare part by part as numbers. */
    static int compareCodes(String a, String b) {
        String[] x = a.split("\\.");
        String[] y = b.split("\\.");
        for (int i = 0; i < Math.min(x.length, y.length); i++) {
            int c;
            try {
                c = Integer.compare(Integer.parseInt(x[i]), Integer.parseInt(y[i]));
            } catch (NumberFormatException e) {
                c = x[i].compareTo(y[i]);
            }
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(x.length, y.length);
    }
}
