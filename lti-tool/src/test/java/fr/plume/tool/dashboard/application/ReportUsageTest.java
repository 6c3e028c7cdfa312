package fr.plume.tool.dashboard.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.plume.tool.dashboard.UsageRows;
import fr.plume.tool.dashboard.domain.AttemptMode;
import fr.plume.tool.dashboard.domain.CostRule;
import fr.plume.tool.dashboard.domain.MemberUsage;
import fr.plume.tool.dashboard.domain.UsageCell;
import fr.plume.tool.dashboard.domain.UsagePeriod;
import fr.plume.tool.dashboard.domain.UsageReport;
import fr.plume.tool.identity.api.Members;
import fr.plume.tool.shared.domain.PlumeProblemException;
import fr.plume.tool.support.PlumeIntegrationTest;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The usage report on the test PostgreSQL: what each member did in the period, small groups
 * suppressed, totals of the shown cells only, and the cost split. Each test uses members and a
 * past period of its own, so what other tests write does not count.
 */
@PlumeIntegrationTest
class ReportUsageTest {

    private static final CostRule RULE = new CostRule(new BigDecimal("1000"), new BigDecimal("0.5"),
            new BigDecimal("0.5"), BigDecimal.ZERO);

    @Autowired
    ReportUsage reportUsage;
    @Autowired
    Members members;
    @Autowired
    JdbcClient jdbc;

    private UsageRows rows;
    private String suffix;

    @BeforeEach
    void rows() {
        rows = new UsageRows(jdbc);
        suffix = UUID.randomUUID().toString().substring(0, 8);
    }

    private Members.Member member(String code) {
        return members.ensure(code + "-" + suffix, "Université " + code + " " + suffix);
    }

    private static MemberUsage row(UsageReport report, Members.Member member) {
        return report.members().stream().filter(m -> m.memberId().equals(member.id())).findFirst().orElseThrow();
    }

    @Test
    void countsWhatEachMemberDidInThePeriodOnly() {
        Members.Member big = member("big");
        YearMonth october = YearMonth.of(2011, 10);
        Instant inPeriod = Instant.parse("2011-10-15T10:00:00Z");
        for (int i = 0; i < 6; i++) {
            UUID student = UUID.randomUUID();
            rows.launched(big.id(), student, october, true, 3);
            rows.attempt(big.id(), student, "DIAGNOSTIC", inPeriod);
            rows.attempt(big.id(), student, "FORMATIVE", inPeriod);
            rows.certified(big.id(), student, inPeriod);
            rows.essayMarked(big.id(), student, inPeriod);
        }
        UUID teacher = UUID.randomUUID();
        rows.launched(big.id(), teacher, october, false, 4);
        // outside the period: a month later
        rows.launched(big.id(), UUID.randomUUID(), YearMonth.of(2011, 11), true, 1);
        rows.attempt(big.id(), UUID.randomUUID(), "DIAGNOSTIC", Instant.parse("2011-11-01T00:00:00Z"));

        UsageReport report = reportUsage.consortium(new UsagePeriod(october, october), RULE);

        MemberUsage usage = row(report, big);
        assertThat(usage.launches()).isEqualTo(new UsageCell(22, 7));
        assertThat(usage.activeStudents()).isEqualTo(new UsageCell(6, 6));
        assertThat(usage.attempts(AttemptMode.DIAGNOSTIC)).isEqualTo(new UsageCell(6, 6));
        // six practice sessions and the six formative attempts the marked essays were written in
        assertThat(usage.attempts(AttemptMode.FORMATIVE)).isEqualTo(new UsageCell(12, 6));
        assertThat(usage.attempts(AttemptMode.CERTIFICATION)).isEqualTo(new UsageCell(6, 6));
        assertThat(usage.certificates()).isEqualTo(new UsageCell(6, 6));
        assertThat(usage.essaysMarked()).isEqualTo(new UsageCell(6, 6));
    }

    @Test
    void aGroupOfFewerThanFiveStudentsIsSuppressedLeftOutOfTotalsAndCountedAsFiveInTheSplit() {
        Members.Member big = member("big");
        Members.Member small = member("small");
        YearMonth month = YearMonth.of(2012, 3);
        for (int i = 0; i < 10; i++) {
            rows.launched(big.id(), UUID.randomUUID(), month, true, 1);
        }
        for (int i = 0; i < 2; i++) {
            rows.launched(small.id(), UUID.randomUUID(), month, true, 1);
        }

        UsageReport report = reportUsage.consortium(new UsagePeriod(month, month), RULE);

        assertThat(row(report, small).activeStudents().suppressed()).isTrue();
        assertThat(row(report, small).launches().suppressed()).isTrue();
        assertThat(row(report, big).activeStudents().suppressed()).isFalse();
        assertThat(report.anySuppressed()).isTrue();
        // the total adds the shown cells only: total minus the others gives nothing about the small member
        long othersShown = report.members().stream().filter(m -> !m.memberId().equals(small.id()))
                .mapToLong(m -> m.activeStudents().published()).sum();
        assertThat(report.totalActiveStudents() - othersShown).isZero();
        // the small member's share is the one of five students, whatever its real count below five
        assertThat(report.shares().get(small.id()).byStudents())
                .isEqualTo(expectedStudentShare(report, 5));
        assertThat(report.shares().values().stream().map(s -> s.total()).reduce(BigDecimal.ZERO, BigDecimal::add))
                .isEqualByComparingTo("1000.00");
    }

    private static BigDecimal expectedStudentShare(UsageReport report, long billable) {
        long all = report.members().stream().mapToLong(m -> m.activeStudents().billable()).sum();
        return new BigDecimal("500").multiply(BigDecimal.valueOf(billable))
                .divide(BigDecimal.valueOf(all), 2, java.math.RoundingMode.HALF_UP);
    }

    @Test
    void aMembersViewHoldsItsOwnRowAndShareOnly() {
        Members.Member mine = member("mine");
        Members.Member other = member("other");
        YearMonth month = YearMonth.of(2013, 5);
        for (int i = 0; i < 7; i++) {
            rows.launched(mine.id(), UUID.randomUUID(), month, true, 1);
            rows.launched(other.id(), UUID.randomUUID(), month, true, 2);
        }

        UsageReport report = reportUsage.member(mine.id(), new UsagePeriod(month, month), RULE);

        assertThat(report.members()).extracting(MemberUsage::memberId).containsExactly(mine.id());
        assertThat(report.shares()).containsOnlyKeys(mine.id());
        assertThat(report.members().get(0).activeStudents()).isEqualTo(new UsageCell(7, 7));
    }

    @Test
    void anUnknownMemberHasNoView() {
        assertThatThrownBy(() -> reportUsage.member(UUID.randomUUID(), new UsagePeriod(YearMonth.of(2013, 1),
                YearMonth.of(2013, 1)), RULE))
                .isInstanceOfSatisfying(PlumeProblemException.class, p -> assertThat(p.code()).isEqualTo("USAGE-MEMBER-UNKNOWN"));
    }
}
