package fr.plume.tool.shared.infra;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The one data source of the tool: the PostgreSQL named by {@code PLUME_DB_URL} when set,
 * otherwise an embedded PostgreSQL 17 keeping its data under {@code ./.plume/} (DESIGN §9).
 */
@Configuration(proxyBeanMethods = false)
class DatabaseConfiguration {

    private static final Logger log = LoggerFactory.getLogger(DatabaseConfiguration.class);

    /** The embedded server this context uses, if any; released when the context closes. */
    static final class EmbeddedServer implements AutoCloseable {

        private final Path dataDir;
        private final EmbeddedPostgres server;

        EmbeddedServer(Path dataDir, EmbeddedPostgres server) {
            this.dataDir = dataDir;
            this.server = server;
        }

        @Override
        public void close() {
            if (server != null) {
                EmbeddedPostgresServers.release(dataDir);
            }
        }
    }

    @Bean(destroyMethod = "close")
    EmbeddedServer embeddedServer(DatabaseProperties properties) {
        if (properties.external()) {
            return new EmbeddedServer(null, null);
        }
        DatabaseProperties.Embedded embedded = properties.embedded();
        Path dataDir = Path.of(embedded.dataDir());
        return new EmbeddedServer(dataDir,
                EmbeddedPostgresServers.acquire(dataDir, embedded.port(), embedded.cleanOnStart()));
    }

    /** Hikari's shortest idle timeout: connections above the minimum close soon after a burst. */
    private static final long IDLE_TIMEOUT_MILLIS = 10_000;

    // Depends on the embedded server, so Spring closes the pool (and everything using it) first.
    @Bean(destroyMethod = "close")
    HikariDataSource dataSource(DatabaseProperties properties, EmbeddedServer embedded) {
        HikariConfig config = new HikariConfig();
        config.setPoolName("plume");
        config.setMaximumPoolSize(properties.poolSize());
        config.setMinimumIdle(properties.minIdle());
        if (properties.minIdle() < properties.poolSize()) {
            config.setIdleTimeout(IDLE_TIMEOUT_MILLIS);
        }
        if (embedded.server == null) {
            log.info("event=database.external");
            config.setJdbcUrl(properties.url());
            config.setUsername(properties.user());
            config.setPassword(properties.password());
        } else {
            log.info("event=database.embedded port={}", embedded.server.getPort());
            config.setJdbcUrl(embedded.server.getJdbcUrl("postgres", "postgres"));
            config.setUsername("postgres");
        }
        return new HikariDataSource(config);
    }
}
