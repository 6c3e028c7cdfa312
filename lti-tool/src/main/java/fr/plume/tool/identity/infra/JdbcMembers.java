package fr.plume.tool.identity.infra;

import fr.plume.tool.identity.api.Members;
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
}
