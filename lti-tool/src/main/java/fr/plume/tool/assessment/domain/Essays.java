package fr.plume.tool.assessment.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Essays written in practice and their marks, within one member; the teaching team's reads also
 * within one course.
 */
public interface Essays {

    void insert(Essay essay);

    /** The essay of one attempt of this student (a writing session holds one). */
    Optional<Essay> ofAttempt(UUID memberId, UUID userId, UUID attemptId);

    /** Essays of the course's students still to mark, oldest first. */
    List<Essay> toMark(UUID memberId, UUID contextId);

    Optional<Essay> inCourse(UUID memberId, UUID contextId, UUID attemptId, int position);

    long markedCount(UUID memberId, UUID contextId);

    /** Records the marks; false when the essay is not in this member's course. */
    boolean mark(UUID memberId, UUID contextId, UUID attemptId, int position, List<Integer> points, int maxPoints,
            UUID markedBy, Instant at);
}
