package fr.plume.tool.sync.domain;

/**
 * The moodle-sync jobs the tool runs, and what their {@code target} means.
 */
public enum SyncJobKind {
    /** Push the current framework to the site; no target. */
    FRAMEWORK_PUSH(false),
    /** Harvest an OAI-PMH repository of the site configuration; target = the source's name. */
    OAI_HARVEST(true),
    /** Harvest a publishing Moodle course of the site; target = the course id. */
    COURSE_HARVEST(true),
    /** Import a Moodle XML / GIFT / zip file as draft questions; target = the file's https URL. */
    QUESTIONS_HARVEST(true);

    private final boolean needsTarget;

    SyncJobKind(boolean needsTarget) {
        this.needsTarget = needsTarget;
    }

    public boolean needsTarget() {
        return needsTarget;
    }
}
