package fr.plume.tool.dashboard.domain;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

/**
 * The usage of members over a period and the cost split it gives. Totals add the published cells
 * only ({@link UsageCell#published()}): a suppressed cell cannot be found by subtracting the others
 * from a total.
 */
public record UsageReport(UsagePeriod period, List<MemberUsage> members, CostRule rule, Map<UUID, CostShare> shares) {

    public UsageReport {
        members = List.copyOf(members);
        shares = Map.copyOf(shares);
    }

    public long totalLaunches() {
        return total(MemberUsage::launches);
    }

    public long totalActiveStudents() {
        return total(MemberUsage::activeStudents);
    }

    public Map<AttemptMode, Long> totalAttempts() {
        Map<AttemptMode, Long> totals = new EnumMap<>(AttemptMode.class);
        for (AttemptMode mode : AttemptMode.values()) {
            totals.put(mode, total(m -> m.attempts(mode)));
        }
        return totals;
    }

    public long totalCertificates() {
        return total(MemberUsage::certificates);
    }

    public long totalEssaysMarked() {
        return total(MemberUsage::essaysMarked);
    }

    /** Whether some cell was suppressed: the totals then leave it out, and the page says so. */
    public boolean anySuppressed() {
        return members.stream().anyMatch(m -> m.launches().suppressed() || m.activeStudents().suppressed()
                || m.certificates().suppressed() || m.essaysMarked().suppressed()
                || m.attempts().values().stream().anyMatch(UsageCell::suppressed));
    }

    private long total(Function<MemberUsage, UsageCell> column) {
        return members.stream().map(column).mapToLong(UsageCell::published).sum();
    }
}
