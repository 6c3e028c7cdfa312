package fr.plume.tool.assessment.application;

import fr.plume.tool.assessment.api.PretestProgress;
import fr.plume.tool.assessment.domain.PretestCounts;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** {@link PretestProgress} from the stored counts and the configured target. */
@Component
class PretestProgressReport implements PretestProgress {

    private final PretestCounts counts;
    private final PretestSettings settings;

    PretestProgressReport(PretestCounts counts, PretestSettings settings) {
        this.counts = counts;
        this.settings = settings;
    }

    @Override
    public Map<UUID, Integer> responses() {
        return counts.responses();
    }

    @Override
    public int targetResponses() {
        return settings.targetResponses();
    }
}
