package fr.plume.tool.certification.infra;

import fr.plume.tool.certification.domain.OfficerRoles;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class JdbcOfficerRoles implements OfficerRoles {

    private final JdbcClient jdbc;

    JdbcOfficerRoles(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<String> all() {
        return jdbc.sql("SELECT role FROM certification_officer_role ORDER BY role").query(String.class).list();
    }

    @Override
    public boolean add(String role, String by, Instant at) {
        return jdbc.sql("""
                INSERT INTO certification_officer_role (role, added_by, added_at) VALUES (:role, :by, :at)
                ON CONFLICT (role) DO NOTHING""")
                .param("role", role).param("by", by).param("at", Timestamp.from(at)).update() == 1;
    }

    @Override
    public boolean remove(String role) {
        return jdbc.sql("DELETE FROM certification_officer_role WHERE role = :role").param("role", role).update() == 1;
    }
}
