package fr.plume.tool.dashboard.domain;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Splits a {@link CostRule} between members from their usage. Students and certificates count as
 * {@link UsageCell#billable()} (a suppressed count as the threshold), so a share never reveals a
 * group under it. A proportional part nobody used is split equally, like the fixed part. Totals are
 * rounded to the cent so that they add up to the amount exactly (largest remainders get the cents).
 */
public final class CostSplit {

    private CostSplit() {
    }

    public static Map<UUID, CostShare> split(CostRule rule, List<MemberUsage> members) {
        Map<UUID, CostShare> shares = new LinkedHashMap<>();
        if (members.isEmpty()) {
            return shares;
        }
        long students = members.stream().mapToLong(m -> m.activeStudents().billable()).sum();
        long certificates = members.stream().mapToLong(m -> m.certificates().billable()).sum();
        BigDecimal count = BigDecimal.valueOf(members.size());
        List<BigDecimal> exact = new ArrayList<>();
        List<CostShare> unrounded = new ArrayList<>();
        for (MemberUsage m : members) {
            BigDecimal fixed = rule.fixedPart().divide(count, MathContext.DECIMAL64);
            BigDecimal byStudents = proportional(rule.studentPart(), m.activeStudents().billable(), students, count);
            BigDecimal byCertificates = proportional(rule.certificatePart(), m.certificates().billable(), certificates,
                    count);
            BigDecimal total = fixed.add(byStudents).add(byCertificates);
            exact.add(total);
            unrounded.add(new CostShare(m.memberId(), cents(fixed), cents(byStudents), cents(byCertificates), total));
        }
        List<BigDecimal> totals = roundToCents(exact, rule.amount().setScale(2, RoundingMode.HALF_UP));
        for (int i = 0; i < unrounded.size(); i++) {
            CostShare s = unrounded.get(i);
            shares.put(s.memberId(), new CostShare(s.memberId(), s.fixed(), s.byStudents(), s.byCertificates(),
                    totals.get(i)));
        }
        return shares;
    }

    private static BigDecimal proportional(BigDecimal part, long mine, long all, BigDecimal members) {
        if (all == 0) {
            return part.divide(members, MathContext.DECIMAL64);
        }
        return part.multiply(BigDecimal.valueOf(mine)).divide(BigDecimal.valueOf(all), MathContext.DECIMAL64);
    }

    private static BigDecimal cents(BigDecimal value) {
        return value.setScale(2, RoundingMode.HALF_UP);
    }

    /** Floors each value to the cent, then gives the missing cents to the largest remainders. */
    static List<BigDecimal> roundToCents(List<BigDecimal> exact, BigDecimal amount) {
        List<BigDecimal> floored = new ArrayList<>();
        List<Integer> order = new ArrayList<>();
        BigDecimal sum = BigDecimal.ZERO;
        for (int i = 0; i < exact.size(); i++) {
            BigDecimal f = exact.get(i).setScale(2, RoundingMode.FLOOR);
            floored.add(f);
            sum = sum.add(f);
            order.add(i);
        }
        order.sort(Comparator.comparing((Integer i) -> exact.get(i).subtract(floored.get(i))).reversed()
                .thenComparing(i -> i));
        long missing = amount.subtract(sum).movePointRight(2).longValue();
        for (int k = 0; k < missing && k < order.size() * 2L; k++) {
            int i = order.get((int) (k % order.size()));
            floored.set(i, floored.get(i).add(new BigDecimal("0.01")));
        }
        return floored;
    }
}
