package fr.plume.tool.shared.infra;

import java.util.HashMap;
import java.util.Map;
import java.util.StringJoiner;
import java.util.UUID;
import org.springframework.core.serializer.support.SerializingConverter;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.session.Session;
import org.springframework.session.SessionRepository;
import org.springframework.stereotype.Repository;

/**
 * Opens a session straight in Spring Session's tables (created by our migration V1), in one
 * statement, for requests served ahead of Spring Session's filter: a launch opens a session each
 * time, and the repository's own save takes three round trips. The rows are the ones the
 * repository writes: same id generator and lifetime, attributes in Java serialisation (its
 * default converter), no principal-name index (SessionStoreConfiguration).
 */
@Repository
public class JdbcNewSessions {

    private final JdbcClient jdbc;
    private final SessionRepository<? extends Session> sessions;
    private final SerializingConverter serializer = new SerializingConverter();

    JdbcNewSessions(JdbcClient jdbc, SessionRepository<? extends Session> sessions) {
        this.jdbc = jdbc;
        this.sessions = sessions;
    }

    /** Stores a new session holding {@code attributes}; returns its id, for the session cookie. */
    public String open(Map<String, Object> attributes) {
        Session session = sessions.createSession();
        long created = session.getCreationTime().toEpochMilli();
        long lifetime = session.getMaxInactiveInterval().toSeconds();
        Map<String, Object> params = new HashMap<>();
        params.put("primary", UUID.randomUUID().toString());
        params.put("id", session.getId());
        params.put("created", created);
        params.put("lifetime", (int) lifetime);
        params.put("expiry", lifetime < 0 ? Long.MAX_VALUE : created + lifetime * 1000);
        StringJoiner rows = new StringJoiner(", ");
        int i = 0;
        for (Map.Entry<String, Object> attribute : attributes.entrySet()) {
            rows.add("(:primary, :name" + i + ", :bytes" + i + ")");
            params.put("name" + i, attribute.getKey());
            params.put("bytes" + i, serializer.convert(attribute.getValue()));
            i++;
        }
        jdbc.sql("""
                        WITH opened AS (
                            INSERT INTO spring_session (primary_id, session_id, creation_time, last_access_time,
                                                        max_inactive_interval, expiry_time)
                            VALUES (:primary, :id, :created, :created, :lifetime, :expiry)
                        )
                        INSERT INTO spring_session_attributes (session_primary_id, attribute_name, attribute_bytes)
                        VALUES """ + " " + rows)
                .params(params).update();
        return session.getId();
    }
}
