package fr.plume.tool.certification.infra;

import fr.plume.tool.certification.domain.Incident;
import fr.plume.tool.certification.domain.IncidentKind;
import fr.plume.tool.certification.domain.Incidents;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class JdbcIncidents implements Incidents {

    private final JdbcClient jdbc;

    JdbcIncidents(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void insert(Incident i) {
        jdbc.sql("""
                INSERT INTO certification_incident (id, member_id, session_id, candidate_id, kind, note, started_at,
                       recorded_at, recorded_by)
                VALUES (:id, :member, :session, :candidate, :kind, :note, :started, :recorded, :by)""")
                .param("id", i.id()).param("member", i.memberId()).param("session", i.sessionId())
                .param("candidate", i.candidateId()).param("kind", i.kind().name()).param("note", i.note())
                .param("started", Timestamp.from(i.startedAt())).param("recorded", Timestamp.from(i.recordedAt()))
                .param("by", i.recordedBy()).update();
    }

    @Override
    public List<Incident> ofSession(UUID memberId, UUID sessionId) {
        return jdbc.sql("""
                SELECT id, member_id, session_id, candidate_id, kind, note, started_at, recorded_at, recorded_by
                  FROM certification_incident WHERE member_id = :m AND session_id = :s ORDER BY recorded_at, id""")
                .param("m", memberId).param("s", sessionId).query(JdbcIncidents::incident).list();
    }

    private static Incident incident(ResultSet rs, int row) throws SQLException {
        return new Incident(rs.getObject("id", UUID.class), rs.getObject("member_id", UUID.class),
                rs.getObject("session_id", UUID.class), rs.getObject("candidate_id", UUID.class),
                IncidentKind.valueOf(rs.getString("kind")), rs.getString("note"),
                rs.getTimestamp("started_at").toInstant(), rs.getTimestamp("recorded_at").toInstant(),
                rs.getString("recorded_by"));
    }
}
