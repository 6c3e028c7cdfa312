package fr.plume.tool.shared.web;

/**
 * The page shown, with status 401 and the reason code {@link #CODE}, to a visitor of a page who
 * has no session: it explains how to open the activity again from the platform. The LTI module
 * serves it at {@link #PATH}; the security configuration forwards to it.
 */
public final class SessionMissingPage {

    public static final String PATH = "/lti/session-missing";

    public static final String CODE = "LTI-SESSION-MISSING";

    private SessionMissingPage() {
    }
}
