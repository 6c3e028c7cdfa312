package fr.plume.tool.assessment.application;

import fr.plume.framework.content.OpenModule;
import fr.plume.tool.itembank.api.PublishedModules;
import fr.plume.tool.lti.api.PlaceableActivities;
import fr.plume.tool.lti.api.PlaceableActivity;
import fr.plume.tool.lti.api.PlaceableActivity.Kind;
import fr.plume.tool.shared.domain.GradeScale;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * The consortium's published open modules, offered to every member's Deep Linking picker next to
 * {@link OfferedActivities}: a placed module names the module ({@code plume_module}) and opens the
 * practice of exactly its items ({@link StartModulePractice}); {@code plume_competency}, the
 * competency of its first objective, labels the line item.
 */
@Component
public class OfferedModules implements PlaceableActivities {

    /** The custom parameter naming the placed module. */
    public static final String MODULE = "plume_module";

    private final PublishedModules modules;

    public OfferedModules(PublishedModules modules) {
        this.modules = modules;
    }

    @Override
    public List<PlaceableActivity> placeableFor(UUID memberId) {
        // the commons is consortium-wide: every member is offered every published module
        return modules.inCommons().stream().map(PublishedModules.Published::module)
                .filter(module -> !module.objectives().isEmpty())
                .map(OfferedModules::activity).toList();
    }

    private static PlaceableActivity activity(OpenModule module) {
        String competency = module.objectives().get(0).competency();
        String fr = module.title().fr();
        String en = module.title().en().isBlank() ? fr : module.title().en();
        String summaryFr = module.summary().fr().isBlank() ? "Module ouvert du consortium (" + module.licence() + ")."
                : module.summary().fr();
        String summaryEn = module.summary().en().isBlank() ? "Open module of the consortium (" + module.licence() + ")."
                : module.summary().en();
        return new PlaceableActivity("module-" + module.id(), Kind.FORMATIVE, fr, en, summaryFr, summaryEn,
                (double) GradeScale.MAXIMUM, "competency:" + competency,
                Map.of("plume_competency", competency, MODULE, module.id().toString()));
    }
}
