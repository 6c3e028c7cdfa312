package fr.plume.tool.certification.domain;

import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;

/** The append-only audit log: rows are chained in the order they are appended, across the whole tool. */
public interface AuditTrail {

    /** Appends a row after the current last one (serialised with other appends), in the caller's transaction. */
    AuditEntry append(UUID memberId, String actor, String action, UUID subjectId, String details);

    /** Every row in order, handed one by one to {@code reader} until it returns false. */
    void readInOrder(Predicate<AuditEntry> reader);

    List<AuditEntry> ofSubjects(List<UUID> subjectIds);

    List<AuditEntry> latest(int limit);
}
