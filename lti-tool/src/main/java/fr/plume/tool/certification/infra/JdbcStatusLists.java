package fr.plume.tool.certification.infra;

import fr.plume.tool.certification.domain.StatusBitstring;
import fr.plume.tool.certification.domain.StatusLists;
import fr.plume.tool.certification.domain.StatusSlot;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Status lists: filled to half at most, so a random free index is found in a few draws. */
@Repository
public class JdbcStatusLists implements StatusLists {

    private final JdbcClient jdbc;

    JdbcStatusLists(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public StatusList open(Instant now) {
        return jdbc.sql("""
                SELECT id, size_bits, allocated FROM certification_status_list
                WHERE allocated < size_bits / 2 ORDER BY created_at, id LIMIT 1""")
                .query((rs, row) -> new StatusList(rs.getObject(1, UUID.class), rs.getInt(2), rs.getInt(3)))
                .optional().orElseGet(() -> create(now));
    }

    private StatusList create(Instant now) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                INSERT INTO certification_status_list (id, purpose, size_bits, allocated, created_at)
                VALUES (:id, 'revocation', :size, 0, :now)""")
                .param("id", id).param("size", StatusBitstring.MINIMUM_BITS).param("now", Timestamp.from(now)).update();
        return new StatusList(id, StatusBitstring.MINIMUM_BITS, 0);
    }

    @Override
    public Optional<StatusList> byId(UUID id) {
        return jdbc.sql("SELECT id, size_bits, allocated FROM certification_status_list WHERE id = :id")
                .param("id", id)
                .query((rs, row) -> new StatusList(rs.getObject(1, UUID.class), rs.getInt(2), rs.getInt(3)))
                .optional();
    }

    @Override
    public boolean taken(StatusSlot slot) {
        return jdbc.sql("""
                SELECT EXISTS (SELECT 1 FROM certification_certificate WHERE status_list_id = :list AND status_index = :index)""")
                .param("list", slot.listId()).param("index", slot.index()).query(Boolean.class).single();
    }
}
