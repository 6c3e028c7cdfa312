package fr.plume.tool.lti.ags.infra;

import fr.plume.tool.lti.ags.domain.GradeAudit;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Append-only record of what administrators did with dead letters (the table refuses changes). */
@Repository
public class JdbcGradeAudit implements GradeAudit {

    private final JdbcClient jdbc;

    JdbcGradeAudit(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void append(UUID memberId, UUID outboxId, String action, String actor, Instant at) {
        jdbc.sql("INSERT INTO lti_grade_audit (id, member_id, outbox_id, action, actor, at) "
                        + "VALUES (:id, :member, :outbox, :action, :actor, :at)")
                .param("id", UUID.randomUUID()).param("member", memberId).param("outbox", outboxId)
                .param("action", action).param("actor", actor).param("at", Timestamp.from(at)).update();
    }

    public long count(UUID outboxId, String action) {
        return jdbc.sql("SELECT count(*) FROM lti_grade_audit WHERE outbox_id = :outbox AND action = :action")
                .param("outbox", outboxId).param("action", action).query(Long.class).single();
    }
}
