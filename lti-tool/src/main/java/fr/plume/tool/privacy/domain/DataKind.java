package fr.plume.tool.privacy.domain;

/** The kinds of data with a retention period, each purged on its own (docs/privacy.md, retention table). */
public enum DataKind {
    /** Monthly launch counts per person (usage report). */
    LAUNCH_COUNTS,
    /** Answers and essay texts of practice and diagnostic attempts (scores and verdicts stay). */
    PRACTICE_ANSWERS,
    /** Which browser sessions were admitted to which attempt (hashes of session ids). */
    ATTEMPT_ADMISSIONS,
    /** Rate-limit windows of the public verification page (hashes of client addresses). */
    VERIFICATION_COUNTERS,
    /** Grades sent to the platforms' gradebooks once their delivery ended (the gradebook keeps them). */
    FINISHED_GRADES,
    /** Which competency rating was last pushed to which Moodle user's record (Moodle keeps the evidence). */
    PUSHED_RATINGS
}
