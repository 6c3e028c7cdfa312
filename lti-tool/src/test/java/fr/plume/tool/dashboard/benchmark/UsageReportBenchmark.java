package fr.plume.tool.dashboard.benchmark;

import fr.plume.tool.dashboard.application.ReportUsage;
import fr.plume.tool.dashboard.domain.UsagePeriod;
import fr.plume.tool.dashboard.domain.UsageReport;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Times the consortium's usage report for an academic year (2025-09 to 2026-08) on the data of
 * {@link UsageDataGenerator}: 5 warm-up runs, then 30 measured ones (target ≤ 1 s). Run on demand
 * (docs/performance.md), never in CI.
 */
public final class UsageReportBenchmark {

    private static final int WARM_UP = 5;
    private static final int RUNS = 30;

    private UsageReportBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        try (ConfigurableApplicationContext tool = BenchmarkTool.start(false)) {
            ReportUsage reportUsage = tool.getBean(ReportUsage.class);
            UsagePeriod year = new UsagePeriod(YearMonth.of(2025, 9), YearMonth.of(2026, 8));
            UsageReport report = null;
            for (int i = 0; i < WARM_UP; i++) {
                report = reportUsage.consortium(year, reportUsage.defaultRule());
            }
            List<Double> millis = new ArrayList<>();
            for (int i = 0; i < RUNS; i++) {
                long start = System.nanoTime();
                report = reportUsage.consortium(year, reportUsage.defaultRule());
                millis.add((System.nanoTime() - start) / 1e6);
            }
            Collections.sort(millis);
            System.out.printf("consortium report %s..%s: %d members, %d active students, %d launches%n",
                    year.from(), year.to(), report.members().size(), report.totalActiveStudents(),
                    report.totalLaunches());
            System.out.printf("%d runs: min %.0f ms, median %.0f ms, p95 %.0f ms, max %.0f ms%n", RUNS, millis.get(0),
                    millis.get(RUNS / 2), millis.get((int) Math.ceil(RUNS * 0.95) - 1), millis.get(RUNS - 1));
        }
    }
}
