package fr.plume.tool.demo.infra;

import fr.plume.tool.demo.domain.ServiceLog;
import fr.plume.tool.demo.domain.ServiceLogEntry;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import org.springframework.context.annotation.Profile;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The service log in PostgreSQL; bodies are cut at 8000 characters. */
@Repository
@Profile("demo")
class JdbcDemoServiceLog implements ServiceLog {

    private static final int MAX_BODY = 8000;

    private final JdbcClient jdbc;
    private final Clock clock;

    JdbcDemoServiceLog(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public void record(String method, String path, String clientId, int status, String body, String outcome) {
        jdbc.sql("""
                INSERT INTO demo_service_request (received_at, method, path, client_id, status, body, outcome)
                VALUES (:at, :method, :path, :client, :status, :body, :outcome)""")
                .param("at", Timestamp.from(clock.instant())).param("method", method).param("path", path)
                .param("client", clientId).param("status", status)
                .param("body", body == null || body.length() <= MAX_BODY ? body : body.substring(0, MAX_BODY))
                .param("outcome", outcome)
                .update();
    }

    @Override
    public List<ServiceLogEntry> recent(int limit) {
        return jdbc.sql("SELECT * FROM demo_service_request ORDER BY id DESC LIMIT :limit").param("limit", limit)
                .query((rs, n) -> new ServiceLogEntry(rs.getLong("id"), rs.getTimestamp("received_at").toInstant(),
                        rs.getString("method"), rs.getString("path"), rs.getString("client_id"), rs.getInt("status"),
                        rs.getString("body"), rs.getString("outcome")))
                .list();
    }
}
