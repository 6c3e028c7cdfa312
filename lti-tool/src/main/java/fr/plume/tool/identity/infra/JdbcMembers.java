package fr.plume.tool.identity.infra;

import fr.plume.tool.identity.api.Members;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

@Repository
class JdbcMembers implements Members {

    private final JdbcClient jdbc;

    JdbcMembers(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    @Transactional
    public Member ensure(String code, String name) {
        jdbc.sql("INSERT INTO member (id, code, name) VALUES (:id, :code, :name) ON CONFLICT (code) DO NOTHING")
                .param("id", UUID.randomUUID())
                .param("code", code)
                .param("name", name)
                .update();
        return findByCode(code).orElseThrow();
    }

    @Override
    public Optional<Member> findById(UUID id) {
        return jdbc.sql("SELECT id, code, name FROM member WHERE id = :id").param("id", id)
                .query(Member.class).optional();
    }

    @Override
    public Optional<Member> findByCode(String code) {
        return jdbc.sql("SELECT id, code, name FROM member WHERE code = :code").param("code", code)
                .query(Member.class).optional();
    }

    @Override
    public List<Member> all() {
        return jdbc.sql("SELECT id, code, name FROM member ORDER BY name").query(Member.class).list();
    }

    /** An id the time-zone database no longer knows falls back to the consortium's zone too. */
    @Override
    public Optional<ZoneId> timeZone(UUID memberId) {
        return jdbc.sql("SELECT time_zone FROM member WHERE id = :id AND time_zone IS NOT NULL").param("id", memberId)
                .query(String.class).optional().flatMap(JdbcMembers::zone);
    }

    @Override
    public void changeTimeZone(UUID memberId, ZoneId zone) {
        jdbc.sql("UPDATE member SET time_zone = :zone WHERE id = :id")
                .param("zone", zone == null ? null : zone.getId()).param("id", memberId)
                .update();
    }

    private static Optional<ZoneId> zone(String id) {
        try {
            return Optional.of(ZoneId.of(id));
        } catch (DateTimeException unknown) {
            return Optional.empty();
        }
    }
}
