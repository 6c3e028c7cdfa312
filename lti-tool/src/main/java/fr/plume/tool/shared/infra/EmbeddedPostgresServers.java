package fr.plume.tool.shared.infra;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Starts embedded PostgreSQL servers, one per data directory and process. Several application
 * contexts in one JVM (tests, the two-node tests) share the server of a directory instead of
 * fighting over its lock file; the server stops with the JVM (zonky registers a shutdown hook).
 */
public final class EmbeddedPostgresServers {

    private static final Map<Path, EmbeddedPostgres> RUNNING = new ConcurrentHashMap<>();

    private EmbeddedPostgresServers() {
    }

    public static EmbeddedPostgres startOrReuse(Path dataDir, int port, boolean cleanOnStart) {
        Path key = dataDir.toAbsolutePath().normalize();
        return RUNNING.computeIfAbsent(key, dir -> start(dir, port, cleanOnStart));
    }

    /** Stops the server of this data directory, keeping its data for the next start. */
    public static void stop(Path dataDir) {
        EmbeddedPostgres server = RUNNING.remove(dataDir.toAbsolutePath().normalize());
        if (server != null) {
            try {
                server.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private static EmbeddedPostgres start(Path dataDir, int port, boolean cleanOnStart) {
        try {
            Files.createDirectories(dataDir);
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setDataDirectory(dataDir)
                    .setCleanDataDirectory(cleanOnStart)
                    .setServerConfig("timezone", "UTC")
                    .setServerConfig("max_connections", "200")
                    .setLocaleConfig("encoding", "UTF8");
            if (port > 0) {
                builder.setPort(port);
            }
            return builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException("Embedded PostgreSQL could not start in " + dataDir, e);
        }
    }
}
