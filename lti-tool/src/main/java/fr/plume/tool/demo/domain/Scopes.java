package fr.plume.tool.demo.domain;

import java.util.List;

/** Service scopes (AGS 2.0 §3.1, NRPS 2.0 §2.1); the demo grants what Moodle's "full" settings grant. */
public final class Scopes {

    public static final String LINEITEM = "https://purl.imsglobal.org/spec/lti-ags/scope/lineitem";
    public static final String LINEITEM_READONLY = "https://purl.imsglobal.org/spec/lti-ags/scope/lineitem.readonly";
    public static final String RESULT_READONLY = "https://purl.imsglobal.org/spec/lti-ags/scope/result.readonly";
    public static final String SCORE = "https://purl.imsglobal.org/spec/lti-ags/scope/score";
    public static final String MEMBERSHIPS = "https://purl.imsglobal.org/spec/lti-nrps/scope/contextmembership.readonly";

    /** AGS scopes in the launch claim, sorted as Moodle's lti_sign_jwt sorts array claims. */
    public static final List<String> AGS = List.of(LINEITEM, LINEITEM_READONLY, RESULT_READONLY, SCORE);

    public static final List<String> PERMITTED = List.of(LINEITEM_READONLY, RESULT_READONLY, SCORE, LINEITEM, MEMBERSHIPS);

    private Scopes() {
    }
}
