package fr.plume.tool.dashboard.infra;

import fr.plume.tool.assessment.api.AssessmentUsage;
import fr.plume.tool.dashboard.domain.IssuedCertificates;
import fr.plume.tool.dashboard.domain.UsageCell;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Certificates issued, counted as published certification results until the certification module
 * issues certificates of its own: then this adapter, and nothing else, reads those instead.
 */
@Component
class CertificatesFromResults implements IssuedCertificates {

    private final AssessmentUsage usage;

    CertificatesFromResults(AssessmentUsage usage) {
        this.usage = usage;
    }

    @Override
    public Map<UUID, UsageCell> between(Instant from, Instant to, Optional<UUID> member) {
        Map<UUID, UsageCell> cells = new HashMap<>();
        usage.certificationsPublished(from, to, member)
                .forEach(c -> cells.put(c.memberId(), new UsageCell(c.count(), c.students())));
        return cells;
    }
}
