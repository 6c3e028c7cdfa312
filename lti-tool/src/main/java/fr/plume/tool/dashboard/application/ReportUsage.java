package fr.plume.tool.dashboard.application;

import fr.plume.tool.assessment.api.AssessmentUsage;
import fr.plume.tool.dashboard.domain.AttemptMode;
import fr.plume.tool.dashboard.domain.CostRule;
import fr.plume.tool.dashboard.domain.CostSplit;
import fr.plume.tool.dashboard.domain.IssuedCertificates;
import fr.plume.tool.dashboard.domain.MemberUsage;
import fr.plume.tool.dashboard.domain.UsageCell;
import fr.plume.tool.dashboard.domain.UsagePeriod;
import fr.plume.tool.dashboard.domain.UsageReport;
import fr.plume.tool.identity.api.Members;
import fr.plume.tool.lti.api.LaunchUsage;
import fr.plume.tool.shared.domain.PlumeProblemException;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;

/**
 * The usage of members over a period (launches, active students, attempts per mode, certificates
 * issued, essays marked) and the cost split it gives: every member for the consortium
 * administrator, one member for its own administrator. Aggregates only, never a person.
 */
@Service
public class ReportUsage {

    private final LaunchUsage launches;
    private final AssessmentUsage assessment;
    private final IssuedCertificates certificates;
    private final Members members;
    private final CostRule defaultRule;

    ReportUsage(LaunchUsage launches, AssessmentUsage assessment, IssuedCertificates certificates, Members members,
            CostRule defaultRule) {
        this.launches = launches;
        this.assessment = assessment;
        this.certificates = certificates;
        this.members = members;
        this.defaultRule = defaultRule;
    }

    public CostRule defaultRule() {
        return defaultRule;
    }

    /** Every member (the consortium's view). */
    public UsageReport consortium(UsagePeriod period, CostRule rule) {
        List<MemberUsage> usage = everyMember(period);
        return new UsageReport(period, usage, rule, CostSplit.split(rule, usage));
    }

    /**
     * One member's row and its share. The share depends on every member's counts, so they are read,
     * but only this member's row and share leave this method.
     */
    public UsageReport member(UUID memberId, UsagePeriod period, CostRule rule) {
        if (members.findById(memberId).isEmpty()) {
            throw new PlumeProblemException("USAGE-MEMBER-UNKNOWN", 403);
        }
        UsageReport all = consortium(period, rule);
        List<MemberUsage> mine = all.members().stream().filter(m -> m.memberId().equals(memberId)).toList();
        return new UsageReport(period, mine, rule, Map.of(memberId, all.shares().get(memberId)));
    }

    private List<MemberUsage> everyMember(UsagePeriod period) {
        Map<UUID, LaunchUsage.MemberLaunches> launched = new HashMap<>();
        launches.everyMember(period.from(), period.to()).forEach(l -> launched.put(l.memberId(), l));
        Map<UUID, Map<AttemptMode, UsageCell>> attempts = new HashMap<>();
        for (AssessmentUsage.ModeCount c : assessment.attemptsStarted(period.start(), period.end(), Optional.empty())) {
            attempts.computeIfAbsent(c.memberId(), k -> new EnumMap<>(AttemptMode.class))
                    .put(AttemptMode.valueOf(c.mode()), new UsageCell(c.count(), c.students()));
        }
        Map<UUID, UsageCell> essays = new HashMap<>();
        assessment.essaysMarked(period.start(), period.end(), Optional.empty())
                .forEach(c -> essays.put(c.memberId(), new UsageCell(c.count(), c.students())));
        Map<UUID, UsageCell> certified = certificates.between(period.start(), period.end(), Optional.empty());
        return members.all().stream()
                .sorted(Comparator.comparing(Members.Member::name).thenComparing(Members.Member::code))
                .map(m -> {
                    LaunchUsage.MemberLaunches l = launched.getOrDefault(m.id(),
                            new LaunchUsage.MemberLaunches(m.id(), 0, 0, 0));
                    return new MemberUsage(m.id(), m.code(), m.name(), new UsageCell(l.launches(), l.people()),
                            new UsageCell(l.learners(), l.learners()), attempts.get(m.id()),
                            certified.getOrDefault(m.id(), UsageCell.ZERO), essays.getOrDefault(m.id(), UsageCell.ZERO));
                })
                .toList();
    }
}
