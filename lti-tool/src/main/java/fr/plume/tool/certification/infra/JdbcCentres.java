package fr.plume.tool.certification.infra;

import fr.plume.tool.certification.domain.Centre;
import fr.plume.tool.certification.domain.Centres;
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
class JdbcCentres implements Centres {

    private final JdbcClient jdbc;

    JdbcCentres(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void insert(Centre centre) {
        jdbc.sql("INSERT INTO certification_centre (id, member_id, name, created_at) VALUES (:id, :member, :name, :at)")
                .param("id", centre.id()).param("member", centre.memberId()).param("name", centre.name())
                .param("at", Timestamp.from(Instant.now())).update();
    }

    @Override
    public Optional<Centre> find(UUID id) {
        return jdbc.sql("SELECT id, member_id, name FROM certification_centre WHERE id = :id").param("id", id)
                .query(JdbcCentres::centre).optional();
    }

    @Override
    public List<Centre> all() {
        return jdbc.sql("SELECT id, member_id, name FROM certification_centre ORDER BY name, id")
                .query(JdbcCentres::centre).list();
    }

    @Override
    public List<Centre> managedBy(String username) {
        return jdbc.sql("""
                SELECT c.id, c.member_id, c.name FROM certification_centre c
                  JOIN certification_centre_manager m ON m.centre_id = c.id AND m.member_id = c.member_id
                 WHERE m.username = :username ORDER BY c.name, c.id""")
                .param("username", username).query(JdbcCentres::centre).list();
    }

    @Override
    public boolean manages(UUID centreId, String username) {
        return jdbc.sql("SELECT count(*) FROM certification_centre_manager WHERE centre_id = :centre AND username = :u")
                .param("centre", centreId).param("u", username).query(Long.class).single() > 0;
    }

    @Override
    public boolean addManager(Centre centre, String username) {
        return jdbc.sql("""
                INSERT INTO certification_centre_manager (centre_id, member_id, username)
                VALUES (:centre, :member, :u) ON CONFLICT DO NOTHING""")
                .param("centre", centre.id()).param("member", centre.memberId()).param("u", username).update() == 1;
    }

    @Override
    public List<String> managers(UUID centreId) {
        return jdbc.sql("SELECT username FROM certification_centre_manager WHERE centre_id = :centre ORDER BY username")
                .param("centre", centreId).query(String.class).list();
    }

    private static Centre centre(ResultSet rs, int row) throws SQLException {
        return new Centre(rs.getObject("id", UUID.class), rs.getObject("member_id", UUID.class), rs.getString("name"));
    }
}
