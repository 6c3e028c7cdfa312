package fr.plume.tool.catalogue.application;

import fr.plume.framework.model.Competency;
import fr.plume.tool.catalogue.api.OpenResource;
import fr.plume.tool.catalogue.api.OpenResources;
import fr.plume.tool.catalogue.domain.CompetencyCodeOrder;
import fr.plume.tool.framework.api.Frameworks;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.springframework.stereotype.Service;

/** The public catalogue: published open resources grouped by the competency they help with. */
@Service
public class BrowseCatalogue {

    private final OpenResources resources;
    private final Frameworks frameworks;

    BrowseCatalogue(OpenResources resources, Frameworks frameworks) {
        this.resources = resources;
        this.frameworks = frameworks;
    }

    /** A competency and its resources; {@code code} is empty for resources linked to none. */
    public record Shelf(String code, String title, List<OpenResource> resources) {
    }

    /**
     * @param shelves the shelves shown, in competency code order, the unlinked resources last
     * @param total   how many resources are published
     * @param codes   every competency code some resource is linked to, in order
     * @param titles  the title of each competency of the current framework, by code
     */
    public record Catalogue(List<Shelf> shelves, int total, Set<String> codes, Map<String, String> titles) {
    }

    /**
     * @param competency the code of the only competency to show, or blank for all of them
     * @param language   the reader's language: English titles where the framework has them
     */
    public Catalogue browse(String competency, String language) {
        Map<String, String> titles = titles(language);
        List<OpenResource> all = resources.published();
        Map<String, List<OpenResource>> byCode = new TreeMap<>(CompetencyCodeOrder.INSTANCE);
        List<OpenResource> unlinked = new ArrayList<>();
        for (OpenResource r : all) {
            if (r.competencyCodes().isEmpty()) {
                unlinked.add(r);
            }
            for (String code : r.competencyCodes()) {
                byCode.computeIfAbsent(code, k -> new ArrayList<>()).add(r);
            }
        }
        boolean every = competency == null || competency.isBlank();
        List<Shelf> shelves = new ArrayList<>();
        byCode.forEach((code, list) -> {
            if (every || competency.equals(code)) {
                shelves.add(new Shelf(code, titles.getOrDefault(code, ""), list));
            }
        });
        if (!unlinked.isEmpty() && every) {
            shelves.add(new Shelf("", "", unlinked));
        }
        return new Catalogue(shelves, all.size(), byCode.keySet(), titles);
    }

    private Map<String, String> titles(String language) {
        Map<String, String> titles = new LinkedHashMap<>();
        frameworks.current().ifPresent(stored -> {
            for (Competency c : stored.framework().allCompetencies()) {
                titles.put(c.code(), "en".equals(language) && c.title().en() != null
                        && !c.title().en().isBlank() ? c.title().en() : c.title().fr());
            }
        });
        return titles;
    }
}
