package fr.plume.sync.cli;

/** Exit codes of plume-sync, stable for scripts (documented in docs/moodle-sync.md). */
public final class ExitCodes {

    /** Done, nothing failed. */
    public static final int OK = 0;
    /** Done, but some entries of the report failed. */
    public static final int SOME_FAILED = 1;
    /** Wrong command line (picocli's own code). */
    public static final int USAGE = 2;
    /** Configuration missing or invalid (site unknown, token absent…). */
    public static final int CONFIG = 3;
    /** The Moodle site is not ready: missing web service function, missing scale, token refused. */
    public static final int SITE_NOT_READY = 4;
    /** Site or repository unreachable, or an unexpected Moodle error. */
    public static final int REMOTE_ERROR = 5;
    /** An input file was refused (malformed or hostile); nothing was imported. */
    public static final int INPUT_REFUSED = 6;

    private ExitCodes() {
    }
}
