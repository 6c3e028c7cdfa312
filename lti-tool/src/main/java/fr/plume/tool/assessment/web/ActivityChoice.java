package fr.plume.tool.assessment.web;

import fr.plume.tool.assessment.application.OfferedModules;
import fr.plume.tool.assessment.domain.LinkedActivity;
import fr.plume.tool.assessment.engine.cat.TestMode;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The activity a launch opens, from the custom parameters Deep Linking placed on the link
 * ({@code plume_kind} = DIAGNOSTIC, FORMATIVE or CERTIFICATION; {@code plume_competency} for a
 * practice module; {@code plume_module} for a placed open module). Without them the student
 * chooses on the home page.
 */
record ActivityChoice(Optional<TestMode> mode, Optional<String> competency, Optional<UUID> module) {

    static final String COMPETENCY = "plume_competency";

    static ActivityChoice from(Map<String, String> custom) {
        Optional<TestMode> mode = LinkedActivity.from(custom).kind();
        return new ActivityChoice(mode, Optional.ofNullable(custom.get(COMPETENCY)).filter(c -> !c.isBlank()),
                mode.filter(m -> m == TestMode.FORMATIVE).flatMap(m -> module(custom.get(OfferedModules.MODULE))));
    }

    private static Optional<UUID> module(String value) {
        try {
            return Optional.ofNullable(value).map(String::strip).map(UUID::fromString);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
