package fr.plume.tool.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import fr.plume.tool.PlumeApplication;
import fr.plume.tool.shared.domain.StartupRefused;
import fr.plume.tool.shared.infra.EmbeddedPostgresServers;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/**
 * The embedded PostgreSQL runs detached from the tool's JVM, so killing the tool (SIGKILL, the
 * out-of-memory killer) leaves it running on the data folder. The next start must recover: the
 * owner here is a real second JVM, killed for real.
 */
@ExtendWith(OutputCaptureExtension.class)
class EmbeddedDatabaseAfterCrashTest {

    private static final Duration OWNER_START = Duration.ofSeconds(120);

    @Test
    void startsAgainOnTheFolderOfAToolKilledWithSigkillAndKeepsItsData() throws Exception {
        Path dir = Files.createTempDirectory("plume-crash").resolve("pgdata");
        ProcessHandle leftover = killedOwnerLeavesItsServer(dir);

        EmbeddedPostgres again = EmbeddedPostgresServers.acquire(dir, 0, false);
        try {
            assertThat(keptWords(again)).isEqualTo("written before the crash");
        } finally {
            EmbeddedPostgresServers.stop(dir);
        }
        assertThat(leftover.isAlive()).as("the leftover server was stopped").isFalse();
    }

    @Test
    void aCleanStartAfterACrashBeginsOnAnEmptyDatabase() throws Exception {
        Path dir = Files.createTempDirectory("plume-crash-clean").resolve("pgdata");
        killedOwnerLeavesItsServer(dir);

        EmbeddedPostgres again = EmbeddedPostgresServers.acquire(dir, 0, true);
        try (Connection c = again.getPostgresDatabase().getConnection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT to_regclass('public.kept') IS NULL")) {
            rs.next();
            assertThat(rs.getBoolean(1)).as("the crashed run's table is gone").isTrue();
        } finally {
            EmbeddedPostgresServers.stop(dir);
        }
    }

    @Test
    void refusesInOneShortReportWhileALiveToolUsesTheFolder(CapturedOutput output) throws Exception {
        Path dir = Files.createTempDirectory("plume-in-use").resolve("pgdata");
        Process owner = startOwner(dir);
        try {
            assertThatThrownBy(() -> new SpringApplicationBuilder(PlumeApplication.class).profiles("test")
                    .run("--server.port=0", "--plume.db.embedded.data-dir=" + dir).close())
                    .hasRootCauseInstanceOf(StartupRefused.class);

            assertThat(output.getAll()).contains("APPLICATION FAILED TO START")
                    .contains("Embedded PostgreSQL folder busy (" + dir.toAbsolutePath() + "): another running Plume uses it")
                    .contains("PLUME_EMBEDDED_DATA_DIR")
                    .doesNotContain("\tat ");
            assertThat(owner.isAlive()).as("the running tool is left alone").isTrue();
        } finally {
            owner.getOutputStream().close();
            owner.waitFor(60, TimeUnit.SECONDS);
        }
        assertThat(dir.resolve("postmaster.pid")).as("its owner stopped it cleanly").doesNotExist();
    }

    /** Starts an owner JVM on the folder, kills it with SIGKILL, and returns the server it left running. */
    private static ProcessHandle killedOwnerLeavesItsServer(Path dir) throws Exception {
        Process owner = startOwner(dir);
        owner.destroyForcibly();
        owner.waitFor(30, TimeUnit.SECONDS);
        ProcessHandle leftover = ProcessHandle.of(Long.parseLong(
                Files.readAllLines(dir.resolve("postmaster.pid")).get(0).strip())).orElseThrow();
        assertThat(leftover.isAlive()).as("the killed owner's PostgreSQL still runs").isTrue();
        return leftover;
    }

    private static Process startOwner(Path dir) throws IOException {
        Process owner = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), EmbeddedServerOwner.class.getName(), dir.toString())
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        assertTimeoutPreemptively(OWNER_START, () -> awaitReady(owner));
        return owner;
    }

    private static void awaitReady(Process owner) throws IOException {
        BufferedReader lines = new BufferedReader(new InputStreamReader(owner.getInputStream(), StandardCharsets.UTF_8));
        String line;
        while ((line = lines.readLine()) != null) {
            if (line.equals(EmbeddedServerOwner.READY)) {
                return;
            }
        }
        throw new AssertionError("the owner process ended before its server was ready");
    }

    private static String keptWords(EmbeddedPostgres server) throws SQLException {
        try (Connection c = server.getPostgresDatabase().getConnection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT string_agg(word, ',') FROM kept")) {
            rs.next();
            return rs.getString(1);
        }
    }
}
