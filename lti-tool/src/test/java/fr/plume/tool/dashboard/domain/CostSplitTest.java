package fr.plume.tool.dashboard.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The cost split: fixed part equal, proportional parts by billable counts, cents that add up. */
class CostSplitTest {

    private static MemberUsage member(long students, long certificates) {
        return new MemberUsage(UUID.randomUUID(), "m", "M", UsageCell.ZERO, new UsageCell(students, students), Map.of(),
                new UsageCell(certificates, certificates), UsageCell.ZERO);
    }

    @Test
    void fixedEquallyStudentsAndCertificatesInProportion() {
        MemberUsage a = member(30, 10);
        MemberUsage b = member(10, 30);
        CostRule rule = new CostRule(new BigDecimal("1000"), new BigDecimal("0.4"), new BigDecimal("0.4"),
                new BigDecimal("0.2"));

        Map<UUID, CostShare> shares = CostSplit.split(rule, List.of(a, b));

        assertThat(shares.get(a.memberId()).fixed()).isEqualByComparingTo("200.00");
        assertThat(shares.get(a.memberId()).byStudents()).isEqualByComparingTo("300.00");
        assertThat(shares.get(a.memberId()).byCertificates()).isEqualByComparingTo("50.00");
        assertThat(shares.get(a.memberId()).total()).isEqualByComparingTo("550.00");
        assertThat(shares.get(b.memberId()).total()).isEqualByComparingTo("450.00");
    }

    @Test
    void roundedSharesAddUpToTheAmountToTheCent() {
        List<MemberUsage> three = List.of(member(1, 0), member(1, 0), member(1, 0));
        CostRule rule = new CostRule(new BigDecimal("100"), BigDecimal.ONE, BigDecimal.ZERO, BigDecimal.ZERO);

        Map<UUID, CostShare> shares = CostSplit.split(rule, three);

        assertThat(shares.values().stream().map(CostShare::total).reduce(BigDecimal.ZERO, BigDecimal::add))
                .isEqualByComparingTo("100.00");
        assertThat(shares.values()).extracting(CostShare::total).containsExactlyInAnyOrder(new BigDecimal("33.34"),
                new BigDecimal("33.33"), new BigDecimal("33.33"));
    }

    @Test
    void aSuppressedCountIsBilledAsTheThreshold() {
        MemberUsage two = member(2, 0);
        MemberUsage four = member(4, 0);
        CostRule rule = new CostRule(new BigDecimal("100"), BigDecimal.ZERO, BigDecimal.ONE, BigDecimal.ZERO);

        Map<UUID, CostShare> shares = CostSplit.split(rule, List.of(two, four));

        // both count as five: their shares are equal, so neither reveals its real count
        assertThat(shares.get(two.memberId()).total()).isEqualByComparingTo("50.00");
        assertThat(shares.get(four.memberId()).total()).isEqualByComparingTo("50.00");
    }
}
