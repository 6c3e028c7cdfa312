package fr.plume.tool.certification.infra;

import fr.plume.tool.certification.domain.AuditEntry;
import fr.plume.tool.certification.domain.AuditTrail;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The audit log in PostgreSQL. Appends take a transaction-scoped advisory lock, so rows are chained
 * one after the other whichever node appends; times are kept to the microsecond PostgreSQL stores,
 * so the hash computed here is the hash of what is read back.
 */
@Repository
class JdbcAuditTrail implements AuditTrail {

    /** The advisory lock key of the chain's head ("PLUMEAUD"). */
    private static final long HEAD_LOCK = 0x504C554D45415544L;
    private static final String ENTRY = """
            SELECT seq, member_id, at, actor, action, subject_id, details, previous_hash, hash FROM certification_audit
            """;

    private final JdbcClient jdbc;
    private final Clock clock;

    JdbcAuditTrail(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public AuditEntry append(UUID memberId, String actor, String action, UUID subjectId, String details) {
        jdbc.sql("SELECT pg_advisory_xact_lock(:key)").param("key", HEAD_LOCK).query(Object.class).single();
        AuditEntry last = jdbc.sql(ENTRY + " ORDER BY seq DESC LIMIT 1").query(JdbcAuditTrail::entry).optional()
                .orElse(null);
        long seq = last == null ? 1 : last.seq() + 1;
        String previous = last == null ? AuditEntry.GENESIS : last.hash();
        Instant at = Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
        AuditEntry entry = AuditEntry.chained(seq, memberId, at, actor, action, subjectId,
                details == null ? "" : details, previous);
        jdbc.sql("""
                INSERT INTO certification_audit (seq, member_id, at, actor, action, subject_id, details, previous_hash, hash)
                VALUES (:seq, :member, :at, :actor, :action, :subject, :details, :previous, :hash)""")
                .param("seq", seq).param("member", memberId).param("at", Timestamp.from(at)).param("actor", actor)
                .param("action", action).param("subject", subjectId).param("details", entry.details())
                .param("previous", previous).param("hash", entry.hash()).update();
        return entry;
    }

    @Override
    @Transactional(readOnly = true)
    public void readInOrder(Predicate<AuditEntry> reader) {
        long after = 0;
        while (true) {
            List<AuditEntry> page = jdbc.sql(ENTRY + " WHERE seq > :after ORDER BY seq LIMIT 1000")
                    .param("after", after).query(JdbcAuditTrail::entry).list();
            for (AuditEntry entry : page) {
                if (!reader.test(entry)) {
                    return;
                }
                after = entry.seq();
            }
            if (page.size() < 1000) {
                return;
            }
        }
    }

    @Override
    public List<AuditEntry> ofSubjects(List<UUID> subjectIds) {
        if (subjectIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(ENTRY + " WHERE subject_id IN (:ids) ORDER BY seq").param("ids", subjectIds)
                .query(JdbcAuditTrail::entry).list();
    }

    @Override
    public List<AuditEntry> latest(int limit) {
        return jdbc.sql(ENTRY + " ORDER BY seq DESC LIMIT :limit").param("limit", limit)
                .query(JdbcAuditTrail::entry).list();
    }

    private static AuditEntry entry(ResultSet rs, int row) throws SQLException {
        return new AuditEntry(rs.getLong("seq"), rs.getObject("member_id", UUID.class),
                rs.getTimestamp("at").toInstant(), rs.getString("actor"), rs.getString("action"),
                rs.getObject("subject_id", UUID.class), rs.getString("details"), rs.getString("previous_hash"),
                rs.getString("hash"));
    }
}
