package fr.plume.tool.shared.infra;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import fr.plume.tool.shared.config.DatabaseProperties;
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

    @Bean(destroyMethod = "close")
    HikariDataSource dataSource(DatabaseProperties properties) {
        HikariConfig config = new HikariConfig();
        config.setPoolName("plume");
        config.setMaximumPoolSize(properties.poolSize());
        if (properties.external()) {
            log.info("event=database.external");
            config.setJdbcUrl(properties.url());
            config.setUsername(properties.user());
            config.setPassword(properties.password());
        } else {
            DatabaseProperties.Embedded embedded = properties.embedded();
            EmbeddedPostgres server = EmbeddedPostgresServers.startOrReuse(
                    Path.of(embedded.dataDir()), embedded.port(), embedded.cleanOnStart());
            log.info("event=database.embedded port={}", server.getPort());
            config.setJdbcUrl(server.getJdbcUrl("postgres", "postgres"));
            config.setUsername("postgres");
        }
        return new HikariDataSource(config);
    }

}
