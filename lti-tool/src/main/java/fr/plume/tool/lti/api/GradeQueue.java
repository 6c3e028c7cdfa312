package fr.plume.tool.lti.api;

/**
 * The grade outbox, for the module whose results are grades: a queued grade is sent to the
 * platform later, retried until it is accepted.
 */
public interface GradeQueue {

    /**
     * Writes the grade to the outbox in the caller's transaction, so the grade is kept if and only
     * if what produced it commits. Does nothing when the link has no gradebook the tool may write
     * to, or the grade of this attempt is queued already.
     */
    void queue(GradeToQueue grade);
}
