package fr.plume.tool.catalogue.web;

import fr.plume.tool.catalogue.application.BrowseCatalogue;
import fr.plume.tool.itembank.api.PublishedModules;
import java.util.Locale;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Public, read-only catalogue: the consortium's open modules, then open resources grouped by competency. */
@Controller
class CatalogueController {

    private final BrowseCatalogue browseCatalogue;
    private final PublishedModules modules;

    CatalogueController(BrowseCatalogue browseCatalogue, PublishedModules modules) {
        this.browseCatalogue = browseCatalogue;
        this.modules = modules;
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
        // the consortium's own open modules (published, not retired), with their metadata and licence
        model.addAttribute("modules", modules.inCommons().stream().map(PublishedModules.Published::module)
                .filter(m -> competency == null || competency.isBlank()
                        || m.objectives().stream().anyMatch(o -> o.competency().equals(competency)))
                .toList());
        return "catalogue/catalogue";
    }
}
