package fr.plume.tool.dashboard.domain;

import java.util.EnumMap;
import java.util.Map;
import java.util.UUID;

/**
 * What one member did in a period. {@code activeStudents} counts distinct students (its value is
 * its students); {@code launches} counts launches behind the distinct people who launched.
 */
public record MemberUsage(UUID memberId, String code, String name, UsageCell launches, UsageCell activeStudents,
        Map<AttemptMode, UsageCell> attempts, UsageCell certificates, UsageCell essaysMarked) {

    public MemberUsage {
        Map<AttemptMode, UsageCell> all = new EnumMap<>(AttemptMode.class);
        for (AttemptMode mode : AttemptMode.values()) {
            all.put(mode, attempts == null ? UsageCell.ZERO : attempts.getOrDefault(mode, UsageCell.ZERO));
        }
        attempts = Map.copyOf(all);
    }

    public UsageCell attempts(AttemptMode mode) {
        return attempts.get(mode);
    }
}
