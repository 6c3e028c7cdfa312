package fr.plume.tool.certification.domain;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

/**
 * The consortium's rule for enrolling a candidate (issue 17, "vérification des acquis du profil"):
 * a level of at least {@code minimumLevel} on at least {@code competencies} competencies, estimated
 * within the last {@code months} months. A rule with {@code competencies = 0} lets everyone in.
 */
public record EligibilityRule(int competencies, int minimumLevel, int months) {

    public EligibilityRule {
        if (competencies < 0 || minimumLevel < 1 || minimumLevel > 6 || months < 1) {
            throw new IllegalArgumentException("eligibility rule out of range");
        }
    }

    /** @param reason null when eligible; NO_PROFILE, PROFILE_TOO_OLD or TOO_FEW_COMPETENCIES otherwise */
    public record Verdict(boolean eligible, String reason, int counted) {
    }

    public Verdict judge(List<ProfileLevel> profile, Instant now) {
        if (competencies == 0) {
            return new Verdict(true, null, 0);
        }
        if (profile.isEmpty()) {
            return new Verdict(false, "NO_PROFILE", 0);
        }
        Instant since = now.atOffset(ZoneOffset.UTC).minusMonths(months).toInstant();
        List<ProfileLevel> recent = profile.stream().filter(p -> !p.estimatedAt().isBefore(since)).toList();
        if (recent.isEmpty()) {
            return new Verdict(false, "PROFILE_TOO_OLD", 0);
        }
        int counted = (int) recent.stream().filter(p -> p.level() >= minimumLevel)
                .map(ProfileLevel::competency).distinct().count();
        return counted >= competencies ? new Verdict(true, null, counted)
                : new Verdict(false, "TOO_FEW_COMPETENCIES", counted);
    }
}
