package fr.plume.tool.dashboard.domain;

/** Where a student stands in one placed activity. */
public enum ActivityStatus {
    NOT_STARTED,
    IN_PROGRESS,
    DONE;

    public String messageKey() {
        return "class.status." + name();
    }
}
