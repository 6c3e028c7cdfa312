package fr.plume.tool.shared;

import static org.assertj.core.api.Assertions.assertThat;

import fr.plume.tool.PlumeApplication;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * With PLUME_DB_URL / USER / PASSWORD the tool uses that PostgreSQL and migrates it; here a
 * second PostgreSQL server, started apart from the tool, plays the external database.
 */
class ExternalDatabaseTest {

    @Test
    void usesAndMigratesTheConfiguredExternalDatabase() throws Exception {
        Path dir = Files.createTempDirectory("plume-external-pg");
        try (EmbeddedPostgres external = EmbeddedPostgres.builder().setDataDirectory(dir).start()) {
            try (Connection c = external.getPostgresDatabase().getConnection()) {
                c.createStatement().execute("CREATE ROLE plume LOGIN PASSWORD 'external-secret'");
                c.createStatement().execute("CREATE DATABASE plume OWNER plume");
            }
            String url = "jdbc:postgresql://localhost:" + external.getPort() + "/plume";

            try (ConfigurableApplicationContext tool = new SpringApplicationBuilder(PlumeApplication.class)
                    .profiles("test")
                    .run("--server.port=0", "--plume.db.url=" + url, "--plume.db.user=plume",
                            "--plume.db.password=external-secret",
                            "--plume.db.embedded.data-dir=target/must-not-be-used")) {
                JdbcClient jdbc = tool.getBean(JdbcClient.class);
                assertThat(jdbc.sql("SELECT current_database()").query(String.class).single()).isEqualTo("plume");
                assertThat(jdbc.sql("SELECT current_user").query(String.class).single()).isEqualTo("plume");
            }

            try (Connection c = external.getDatabase("plume", "plume").getConnection();
                    ResultSet rs = c.createStatement().executeQuery(
                            "SELECT count(*) FROM flyway_schema_history WHERE success")) {
                rs.next();
                assertThat(rs.getInt(1)).isGreaterThanOrEqualTo(2);
            }
        }
        assertThat(Path.of("target/must-not-be-used")).doesNotExist();
    }
}
