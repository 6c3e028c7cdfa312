package fr.plume.tool.assessment.application;

import fr.plume.framework.content.OpenModule;
import fr.plume.tool.assessment.domain.CompetencyResult;
import fr.plume.tool.itembank.api.PublishedModules;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The consortium's open modules to practise for each weak competency of a result (a module whose
 * objectives name that competency), at most {@value #PER_COMPETENCY} each, most recently published
 * first. A competency without any is left out.
 */
@Component
public class SuggestOpenModules {

    public static final int PER_COMPETENCY = 3;

    private final PublishedModules modules;

    public SuggestOpenModules(PublishedModules modules) {
        this.modules = modules;
    }

    /** Competency code → its modules, in the order of {@code weak}. */
    public Map<String, List<OpenModule>> forWeak(List<CompetencyResult> weak) {
        if (weak.isEmpty()) {
            return Map.of();
        }
        List<OpenModule> commons = modules.inCommons().stream().map(PublishedModules.Published::module).toList();
        Map<String, List<OpenModule>> suggested = new LinkedHashMap<>();
        for (CompetencyResult result : weak) {
            List<OpenModule> matching = commons.stream()
                    .filter(module -> module.objectives().stream().anyMatch(o -> o.competency().equals(result.competency())))
                    .limit(PER_COMPETENCY)
                    .toList();
            if (!matching.isEmpty()) {
                suggested.put(result.competency(), matching);
            }
        }
        return suggested;
    }
}
