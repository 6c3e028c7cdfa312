package fr.plume.tool.assessment.domain;

/** Why an attempt ended. */
public enum EndReason {
    /** The engine's stopping rule was met (precision, length, or no item left). */
    TEST_COMPLETE,
    /** The student chose to stop (formative practice). */
    STOPPED_BY_STUDENT,
    /** The server-enforced deadline passed (certifying). */
    TIME_UP,
    /** The invigilator ended the candidate's certifying test (certification module). */
    ENDED_BY_INVIGILATOR
}
