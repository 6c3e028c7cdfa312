package fr.plume.tool.catalogue.web;

import fr.plume.tool.catalogue.application.BrowseCatalogue;
import java.util.Locale;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Public, read-only catalogue of open resources, grouped by the competency they help with. */
@Controller
class CatalogueController {

    private final BrowseCatalogue browseCatalogue;

    CatalogueController(BrowseCatalogue browseCatalogue) {
        this.browseCatalogue = browseCatalogue;
    }

    @GetMapping({"/catalogue", "/catalogue/"})
    String catalogue(@RequestParam(name = "competency", required = false) String competency, Locale locale,
            Model model) {
        BrowseCatalogue.Catalogue catalogue = browseCatalogue.browse(competency, locale.getLanguage());
        model.addAttribute("shelves", catalogue.shelves());
        model.addAttribute("total", catalogue.total());
        model.addAttribute("competency", competency == null ? "" : competency);
        model.addAttribute("codes", catalogue.codes());
        model.addAttribute("titles", catalogue.titles());
        return "catalogue/catalogue";
    }
}
