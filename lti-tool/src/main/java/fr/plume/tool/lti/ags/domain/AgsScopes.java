package fr.plume.tool.lti.ags.domain;

import java.util.Collection;
import java.util.List;
import java.util.TreeSet;

/** The AGS 2.0 §3.1 scopes the tool may request, limited to those the launch granted. */
public final class AgsScopes {

    public static final String LINEITEM = "https://purl.imsglobal.org/spec/lti-ags/scope/lineitem";
    public static final String LINEITEM_READONLY = "https://purl.imsglobal.org/spec/lti-ags/scope/lineitem.readonly";
    public static final String SCORE = "https://purl.imsglobal.org/spec/lti-ags/scope/score";
    public static final String NRPS = "https://purl.imsglobal.org/spec/lti-nrps/scope/contextmembership.readonly";

    private AgsScopes() {
    }

    /** The granted AGS scopes, sorted (a stable cache key), that this tool uses. */
    public static List<String> requested(Collection<String> granted) {
        TreeSet<String> scopes = new TreeSet<>();
        for (String s : granted) {
            if (LINEITEM.equals(s) || LINEITEM_READONLY.equals(s) || SCORE.equals(s)) {
                scopes.add(s);
            }
        }
        return List.copyOf(scopes);
    }
}
