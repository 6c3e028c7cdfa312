package fr.plume.tool.shared;

import fr.plume.tool.shared.infra.EmbeddedPostgresServers;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * A process owning an embedded server, as the tool does, for tests that must kill its owner:
 * starts the server on the folder given, writes one row, says {@value #READY}, then waits. When
 * its standard input closes it stops the server cleanly and exits.
 */
final class EmbeddedServerOwner {

    static final String READY = "embedded-server-owner-ready";

    private EmbeddedServerOwner() {
    }

    public static void main(String[] args) throws IOException, SQLException {
        Path dataDir = Path.of(args[0]);
        EmbeddedPostgres server = EmbeddedPostgresServers.acquire(dataDir, 0, false);
        try (Connection c = server.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE IF NOT EXISTS kept (word TEXT)");
            s.execute("INSERT INTO kept VALUES ('written before the crash')");
        }
        System.out.println(READY);
        System.out.flush();
        System.in.transferTo(java.io.OutputStream.nullOutputStream());
        EmbeddedPostgresServers.stop(dataDir);
    }
}
