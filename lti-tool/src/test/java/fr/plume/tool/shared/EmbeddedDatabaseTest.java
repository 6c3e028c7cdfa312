package fr.plume.tool.shared;

import static org.assertj.core.api.Assertions.assertThat;

import fr.plume.tool.shared.infra.EmbeddedPostgresServers;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;

class EmbeddedDatabaseTest {

    @Test
    void keepsItsDataBetweenRuns() throws Exception {
        Path dir = Files.createTempDirectory("plume-embedded").resolve("pgdata");
        EmbeddedPostgres first = EmbeddedPostgresServers.acquire(dir, 0, false);
        try (Connection c = first.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE kept (word TEXT)");
            s.execute("INSERT INTO kept VALUES ('plume')");
        }
        EmbeddedPostgresServers.stop(dir);

        EmbeddedPostgres second = EmbeddedPostgresServers.acquire(dir, 0, false);
        try (Connection c = second.getPostgresDatabase().getConnection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT word FROM kept")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).isEqualTo("plume");
        } finally {
            EmbeddedPostgresServers.stop(dir);
        }
    }

    @Test
    void runsPostgreSql17() throws Exception {
        Path dir = Files.createTempDirectory("plume-embedded-version").resolve("pgdata");
        EmbeddedPostgres server = EmbeddedPostgresServers.acquire(dir, 0, true);
        try (Connection c = server.getPostgresDatabase().getConnection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SHOW server_version")) {
            rs.next();
            assertThat(rs.getString(1)).startsWith("17.");
        } finally {
            EmbeddedPostgresServers.stop(dir);
        }
    }
}
