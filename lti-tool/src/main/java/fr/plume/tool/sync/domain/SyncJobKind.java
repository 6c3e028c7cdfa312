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
    QUESTIONS_HARVEST(true),
    /**
     * Rate students' competencies in the Moodle courses whose teams opted in; optional target =
     * the LTI issuer the site's launches carry, when it differs from the site's address.
     */
    RATINGS_PUSH(false, true);

    private final boolean needsTarget;
    private final boolean acceptsTarget;

    SyncJobKind(boolean needsTarget) {
        this(needsTarget, needsTarget);
    }

    SyncJobKind(boolean needsTarget, boolean acceptsTarget) {
        this.needsTarget = needsTarget;
        this.acceptsTarget = acceptsTarget;
    }

    public boolean needsTarget() {
        return needsTarget;
    }

    public boolean acceptsTarget() {
        return acceptsTarget;
    }
}
