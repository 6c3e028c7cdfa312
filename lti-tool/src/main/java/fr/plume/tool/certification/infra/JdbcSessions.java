package fr.plume.tool.certification.infra;

import fr.plume.tool.certification.domain.AccessCode;
import fr.plume.tool.certification.domain.CertificationSession;
import fr.plume.tool.certification.domain.Sessions;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class JdbcSessions implements Sessions {

    private static final String SESSION = """
            SELECT id, member_id, centre_id, certification_id, starts_at, room, capacity, duration_minutes,
                   access_code, pin_hash, pin_failures, status FROM certification_session
            """;

    private final JdbcClient jdbc;

    JdbcSessions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public boolean insert(CertificationSession s, Instant at) {
        return jdbc.sql("""
                INSERT INTO certification_session (id, member_id, centre_id, certification_id, starts_at, room, capacity,
                       duration_minutes, access_code, pin_hash, status, created_at)
                VALUES (:id, :member, :centre, :cert, :starts, :room, :capacity, :duration, :code, :pin, 'SCHEDULED', :at)
                ON CONFLICT (access_code) DO NOTHING""")
                .param("id", s.id()).param("member", s.memberId()).param("centre", s.centreId())
                .param("cert", s.certificationId()).param("starts", Timestamp.from(s.startsAt()))
                .param("room", s.room()).param("capacity", s.capacity()).param("duration", s.durationMinutes())
                .param("code", s.accessCode().value()).param("pin", s.pinHash()).param("at", Timestamp.from(at))
                .update() == 1;
    }

    @Override
    public Optional<CertificationSession> find(UUID id) {
        return jdbc.sql(SESSION + " WHERE id = :id").param("id", id).query(JdbcSessions::session).optional();
    }

    @Override
    public Optional<CertificationSession> findByCode(AccessCode code) {
        return jdbc.sql(SESSION + " WHERE access_code = :code").param("code", code.value())
                .query(JdbcSessions::session).optional();
    }

    @Override
    public Optional<CertificationSession> lock(UUID id) {
        return jdbc.sql(SESSION + " WHERE id = :id FOR UPDATE").param("id", id).query(JdbcSessions::session).optional();
    }

    @Override
    public List<CertificationSession> ofCentres(List<UUID> centreIds) {
        if (centreIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(SESSION + " WHERE centre_id IN (:centres) ORDER BY starts_at DESC, id")
                .param("centres", centreIds).query(JdbcSessions::session).list();
    }

    @Override
    public void countPinFailure(UUID id) {
        jdbc.sql("UPDATE certification_session SET pin_failures = pin_failures + 1 WHERE id = :id").param("id", id)
                .update();
    }

    @Override
    public void replacePin(UUID memberId, UUID id, String pinHash) {
        jdbc.sql("""
                UPDATE certification_session SET pin_hash = :hash, pin_failures = 0
                WHERE member_id = :member AND id = :id""")
                .param("member", memberId).param("id", id).param("hash", pinHash).update();
    }

    @Override
    public void clearPinFailures(UUID id) {
        jdbc.sql("UPDATE certification_session SET pin_failures = 0 WHERE id = :id AND pin_failures > 0")
                .param("id", id).update();
    }

    @Override
    public void finalise(UUID id, Instant at, String by) {
        jdbc.sql("""
                UPDATE certification_session SET status = 'FINALISED', finalised_at = :at, finalised_by = :by
                 WHERE id = :id AND status = 'SCHEDULED'""")
                .param("at", Timestamp.from(at)).param("by", by).param("id", id).update();
    }

    private static CertificationSession session(ResultSet rs, int row) throws SQLException {
        return new CertificationSession(rs.getObject("id", UUID.class), rs.getObject("member_id", UUID.class),
                rs.getObject("centre_id", UUID.class), rs.getString("certification_id"),
                rs.getTimestamp("starts_at").toInstant(), rs.getString("room"), rs.getInt("capacity"),
                rs.getInt("duration_minutes"), new AccessCode(rs.getString("access_code")), rs.getString("pin_hash"),
                rs.getInt("pin_failures"), "FINALISED".equals(rs.getString("status")));
    }
}
