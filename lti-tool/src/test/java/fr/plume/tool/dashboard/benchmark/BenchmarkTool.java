package fr.plume.tool.dashboard.benchmark;

import fr.plume.tool.PlumeApplication;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.stream.Stream;
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

    /**
     * @param emptyEmbeddedData whether to delete the embedded data first (the embedded server's own
     *        clean-on-start would also delete it when the tool stops, losing what was loaded)
     */
    static ConfigurableApplicationContext start(boolean emptyEmbeddedData) throws IOException {
        String dataDir = System.getProperty("plume.db.embedded.data-dir", "target/usage-benchmark-pg");
        if (emptyEmbeddedData && System.getenv("PLUME_DB_URL") == null) {
            delete(Path.of(dataDir));
        }
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("server.port", "0");
        properties.put("plume.public-url", "http://localhost:8080");
        properties.put("plume.security.secret-key", "benchmark-only-secret-key-not-for-production");
        properties.put("plume.db.embedded.data-dir", dataDir);
        properties.put("plume.db.embedded.clean-on-start", "false");
        properties.put("logging.level.root", "WARN");
        // As command-line arguments: they win over application.yaml (default properties would not).
        String[] arguments = properties.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue())
                .toArray(String[]::new);
        return new SpringApplicationBuilder(PlumeApplication.class).run(arguments);
    }

    private static void delete(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return;
        }
        if (!Files.exists(dir.resolve("PG_VERSION"))) {
            throw new IllegalStateException(dir + " is not a PostgreSQL data directory: not deleted");
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
