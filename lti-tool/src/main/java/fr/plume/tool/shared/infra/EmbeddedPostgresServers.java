package fr.plume.tool.shared.infra;

import fr.plume.tool.shared.domain.StartupRefused;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * Starts embedded PostgreSQL servers, one per data directory and process. Several application
 * contexts in one JVM (tests, the two-node tests) share the server of a directory instead of
 * fighting over its lock file: each context acquires it and releases it when it closes, and the
 * last release stops it. The server must outlive the contexts using it (their shutdown still
 * writes, e.g. the event publication registry), so zonky's own shutdown hook, which would race
 * with Spring's, is replaced by one that first lets the contexts close. A server that a killed
 * tool left running on the directory is stopped before starting ({@link LeftoverPostmaster}).
 */
public final class EmbeddedPostgresServers {

    private static final Duration CONTEXTS_CLOSING_GRACE = Duration.ofSeconds(15);
    private static final Map<Path, Running> RUNNING = new ConcurrentHashMap<>();

    private record Running(EmbeddedPostgres server, AtomicInteger users) {
    }

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(EmbeddedPostgresServers::stopWhenContextsClosed,
                "plume-embedded-postgres-stop"));
    }

    private EmbeddedPostgresServers() {
    }

    /** The server of this directory, started when needed; pair every call with {@link #release}. */
    public static EmbeddedPostgres acquire(Path dataDir, int port, boolean cleanOnStart) {
        Running running = RUNNING.compute(key(dataDir), (dir, current) -> {
            Running server = current != null ? current : new Running(start(dir, port, cleanOnStart), new AtomicInteger());
            server.users().incrementAndGet();
            return server;
        });
        return running.server();
    }

    /** One user fewer; the last one stops the server, keeping its data for the next start. */
    public static void release(Path dataDir) {
        RUNNING.computeIfPresent(key(dataDir), (dir, running) -> {
            if (running.users().decrementAndGet() > 0) {
                return running;
            }
            close(running.server());
            return null;
        });
    }

    /** Stops the server of this data directory whoever still uses it, keeping its data. */
    public static void stop(Path dataDir) {
        Running running = RUNNING.remove(key(dataDir));
        if (running != null) {
            close(running.server());
        }
    }

    private static void stopWhenContextsClosed() {
        long deadline = System.nanoTime() + CONTEXTS_CLOSING_GRACE.toNanos();
        while (!RUNNING.isEmpty() && System.nanoTime() < deadline) {
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        List.copyOf(RUNNING.keySet()).forEach(EmbeddedPostgresServers::stop);
    }

    private static Path key(Path dataDir) {
        return dataDir.toAbsolutePath().normalize();
    }

    private static void close(EmbeddedPostgres server) {
        try {
            server.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static EmbeddedPostgres start(Path dataDir, int port, boolean cleanOnStart) {
        LeftoverPostmaster.stopIfOrphaned(dataDir);
        try {
            if (cleanOnStart) {
                // A run that was killed never cleaned its directory, and initdb wants an empty one.
                deleteRecursively(dataDir);
            }
            Files.createDirectories(dataDir);
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setDataDirectory(dataDir)
                    .setCleanDataDirectory(cleanOnStart)
                    .setRegisterShutdownHook(false)
                    .setServerConfig("timezone", "UTC")
                    .setServerConfig("max_connections", "200")
                    .setLocaleConfig("encoding", "UTF8");
            if (port > 0) {
                builder.setPort(port);
            }
            return builder.start();
        } catch (IOException | RuntimeException e) {
            throw new StartupRefused("Le PostgreSQL embarqué n’a pas démarré dans " + dataDir.toAbsolutePath() + " ("
                    + e.getMessage() + "). / The embedded PostgreSQL did not start in " + dataDir.toAbsolutePath() + ".",
                    "Choisissez un autre dossier (PLUME_EMBEDDED_DATA_DIR) ou une base externe (PLUME_DB_URL). / "
                            + "Choose another folder (PLUME_EMBEDDED_DATA_DIR) or an external database (PLUME_DB_URL).", e);
        }
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
