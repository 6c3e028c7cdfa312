package fr.plume.tool.assessment.web;

import fr.plume.tool.assessment.domain.LinkedActivity;
import fr.plume.tool.assessment.engine.cat.TestMode;
import java.util.Map;
import java.util.Optional;

/**
 * The activity a launch opens, from the custom parameters Deep Linking placed on the link
 * ({@code plume_kind} = DIAGNOSTIC, FORMATIVE or CERTIFICATION; {@code plume_competency} for a
 * practice module). Without them the student chooses on the home page.
 */
record ActivityChoice(Optional<TestMode> mode, Optional<String> competency) {

    static final String COMPETENCY = "plume_competency";

    static ActivityChoice from(Map<String, String> custom) {
        return new ActivityChoice(LinkedActivity.from(custom).kind(),
                Optional.ofNullable(custom.get(COMPETENCY)).filter(c -> !c.isBlank()));
    }
}
