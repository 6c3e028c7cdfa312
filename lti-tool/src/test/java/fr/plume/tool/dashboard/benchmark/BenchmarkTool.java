package fr.plume.tool.dashboard.benchmark;

import fr.plume.tool.PlumeApplication;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The tool started on the benchmark database: the PostgreSQL of {@code PLUME_DB_URL} (and
 * {@code PLUME_DB_USER}, {@code PLUME_DB_PASSWORD}) when set, otherwise an embedded PostgreSQL
 * keeping its data in {@code -Dplume.db.embedded.data-dir} (default {@code target/usage-benchmark-pg}).
 * Flyway migrates it on start, so the data is loaded into the real schema.
 */
final class BenchmarkTool {

    private BenchmarkTool() {
    }

    static ConfigurableApplicationContext start(boolean cleanEmbeddedData) {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("server.port", "0");
        properties.put("plume.public-url", "http://localhost:8080");
        properties.put("plume.security.secret-key", "benchmark-only-secret-key-not-for-production");
        properties.put("plume.db.embedded.data-dir",
                System.getProperty("plume.db.embedded.data-dir", "target/usage-benchmark-pg"));
        properties.put("plume.db.embedded.clean-on-start", String.valueOf(cleanEmbeddedData));
        properties.put("logging.level.root", "WARN");
        return new SpringApplicationBuilder(PlumeApplication.class).properties(properties).run();
    }
}
