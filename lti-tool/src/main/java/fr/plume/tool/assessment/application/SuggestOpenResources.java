package fr.plume.tool.assessment.application;

import fr.plume.tool.assessment.domain.CompetencyResult;
import fr.plume.tool.catalogue.api.OpenResource;
import fr.plume.tool.catalogue.api.OpenResources;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Open resources to study for each weak competency of a result: at most {@value #PER_COMPETENCY}
 * per competency, in the catalogue's order, only those with a web address (harvested metadata is
 * not trusted). A competency without any is left out, so the page shows nothing rather than an
 * empty list.
 */
@Component
public class SuggestOpenResources {

    public static final int PER_COMPETENCY = 3;

    private final OpenResources resources;

    public SuggestOpenResources(OpenResources resources) {
        this.resources = resources;
    }

    /** Competency code → its resources, in the order of {@code weak}. */
    public Map<String, List<OpenResource>> forWeak(List<CompetencyResult> weak) {
        Map<String, List<OpenResource>> suggested = new LinkedHashMap<>();
        for (CompetencyResult result : weak) {
            List<OpenResource> linked = resources.recommendedFor(result.competency(), PER_COMPETENCY + 2).stream()
                    .filter(resource -> resource.safeUrl() != null)
                    .limit(PER_COMPETENCY)
                    .toList();
            if (!linked.isEmpty()) {
                suggested.put(result.competency(), linked);
            }
        }
        return suggested;
    }
}
