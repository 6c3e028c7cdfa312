package fr.plume.tool.dashboard.benchmark;

import java.time.Duration;
import java.time.Instant;
import javax.sql.DataSource;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.init.ResourceDatabasePopulator;

/**
 * Loads the benchmark volume (benchmark/usage-data.sql: 40 members, 2,000 courses, 100,000
 * students with a class of 1,000, 3,000,000 answers) through SQL into a freshly migrated database:
 * the embedded one is emptied first; an external one must hold no benchmark member yet. Run on
 * demand (docs/performance.md), never in CI.
 */
public final class UsageDataGenerator {

    private UsageDataGenerator() {
    }

    public static void main(String[] args) throws Exception {
        Instant start = Instant.now();
        try (ConfigurableApplicationContext tool = BenchmarkTool.start(true)) {
            JdbcClient jdbc = tool.getBean(JdbcClient.class);
            if (jdbc.sql("SELECT count(*) FROM member WHERE code LIKE 'bench-%'").query(Long.class).single() > 0) {
                throw new IllegalStateException("this database already holds the benchmark members");
            }
            ResourceDatabasePopulator script = new ResourceDatabasePopulator(new ClassPathResource("benchmark/usage-data.sql"));
            script.execute(tool.getBean(DataSource.class));
            System.out.printf("loaded in %s: %d members, %d courses, %d students, %d attempts, %d answers%n",
                    Duration.between(start, Instant.now()).withNanos(0),
                    count(jdbc, "SELECT count(*) FROM member WHERE code LIKE 'bench-%'"),
                    count(jdbc, "SELECT count(*) FROM lti_context"),
                    count(jdbc, "SELECT count(*) FROM lti_enrolment WHERE 'LEARNER' = ANY (roles)"),
                    count(jdbc, "SELECT count(*) FROM assessment_attempt"),
                    count(jdbc, "SELECT count(*) FROM assessment_attempt_item WHERE answered_at IS NOT NULL"));
        }
    }

    private static long count(JdbcClient jdbc, String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }
}
