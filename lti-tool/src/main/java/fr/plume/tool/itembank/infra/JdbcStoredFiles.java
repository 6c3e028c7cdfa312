package fr.plume.tool.itembank.infra;

import fr.plume.tool.itembank.domain.StoredFiles;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Module files in PostgreSQL, keyed by content hash (the same file uploaded twice is stored once). */
@Repository
public class JdbcStoredFiles implements StoredFiles {

    private final JdbcClient jdbc;
    private final Clock clock;

    public JdbcStoredFiles(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public void store(String sha256, String mediaType, byte[] content) {
        jdbc.sql("""
                INSERT INTO itembank_file (sha256, media_type, size, content, created_at)
                VALUES (:sha, :type, :size, :content, :at) ON CONFLICT DO NOTHING""")
                .param("sha", sha256).param("type", mediaType).param("size", (long) content.length)
                .param("content", content).param("at", Timestamp.from(Instant.now(clock)))
                .update();
    }

    @Override
    public Optional<StoredFile> find(String sha256) {
        return jdbc.sql("SELECT sha256, media_type, content FROM itembank_file WHERE sha256 = :sha")
                .param("sha", sha256)
                .query((rs, n) -> new StoredFile(rs.getString("sha256"), rs.getString("media_type"),
                        rs.getBytes("content")))
                .optional();
    }
}
