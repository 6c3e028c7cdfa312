package fr.plume.tool.demo.domain;

/** Claim names of LTI 1.3 messages (LTI Core §5.3–5.4, AGS 2.0 §3.1, NRPS 2.0 §3.6.1, DL 2.0 §4.4). */
public final class LtiClaims {

    private static final String LTI = "https://purl.imsglobal.org/spec/lti/claim/";
    public static final String MESSAGE_TYPE = LTI + "message_type";
    public static final String VERSION = LTI + "version";
    public static final String DEPLOYMENT_ID = LTI + "deployment_id";
    public static final String TARGET_LINK_URI = LTI + "target_link_uri";
    public static final String RESOURCE_LINK = LTI + "resource_link";
    public static final String ROLES = LTI + "roles";
    public static final String CONTEXT = LTI + "context";
    public static final String LIS = LTI + "lis";
    public static final String LAUNCH_PRESENTATION = LTI + "launch_presentation";
    public static final String TOOL_PLATFORM = LTI + "tool_platform";
    public static final String CUSTOM = LTI + "custom";
    public static final String EXT = LTI + "ext";
    public static final String AGS_ENDPOINT = "https://purl.imsglobal.org/spec/lti-ags/claim/endpoint";
    public static final String NRPS = "https://purl.imsglobal.org/spec/lti-nrps/claim/namesroleservice";
    public static final String DEEP_LINKING_SETTINGS = "https://purl.imsglobal.org/spec/lti-dl/claim/deep_linking_settings";
    public static final String DL_CONTENT_ITEMS = "https://purl.imsglobal.org/spec/lti-dl/claim/content_items";
    public static final String DL_DATA = "https://purl.imsglobal.org/spec/lti-dl/claim/data";
    public static final String DL_MSG = "https://purl.imsglobal.org/spec/lti-dl/claim/msg";
    public static final String DL_ERRORMSG = "https://purl.imsglobal.org/spec/lti-dl/claim/errormsg";

    private LtiClaims() {
    }
}
