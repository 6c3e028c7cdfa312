package fr.plume.tool.lti.domain;

import java.io.Serializable;
import java.net.URI;
import java.util.List;
import java.util.Map;

/**
 * The platform's deep_linking_settings claim (Deep Linking 2.0 §4.4.1). Booleans are accepted as
 * JSON booleans or as the strings "true"/"false" some platforms send.
 */
public record DeepLinkingSettings(URI returnUrl, List<String> acceptTypes, List<String> acceptPresentationTargets,
        boolean acceptMultiple, boolean acceptLineItem, boolean autoCreate, String title, String text, String data)
        implements Serializable {

    public DeepLinkingSettings {
        acceptTypes = acceptTypes == null ? List.of() : List.copyOf(acceptTypes);
        acceptPresentationTargets = acceptPresentationTargets == null ? List.of() : List.copyOf(acceptPresentationTargets);
    }

    /** Parses the claim, or returns null when it lacks the required deep_link_return_url. */
    public static DeepLinkingSettings parse(Map<String, Object> claim) {
        if (claim == null) {
            return null;
        }
        Object returnUrl = claim.get("deep_link_return_url");
        if (!(returnUrl instanceof String url) || url.isBlank()) {
            return null;
        }
        URI parsed;
        try {
            parsed = URI.create(url);
        } catch (IllegalArgumentException e) {
            return null;
        }
        if (!parsed.isAbsolute()) {
            return null;
        }
        return new DeepLinkingSettings(parsed, strings(claim.get("accept_types")),
                strings(claim.get("accept_presentation_document_targets")),
                bool(claim.get("accept_multiple"), true), bool(claim.get("accept_lineitem"), true),
                bool(claim.get("auto_create"), false), string(claim.get("title")), string(claim.get("text")),
                string(claim.get("data")));
    }

    public boolean acceptsLtiResourceLink() {
        return acceptTypes.isEmpty() || acceptTypes.contains("ltiResourceLink");
    }

    static boolean bool(Object value, boolean absent) {
        if (value instanceof Boolean b) {
            return b;
        }
        if (value instanceof String s) {
            String v = s.strip();
            if (v.equalsIgnoreCase("true")) {
                return true;
            }
            if (v.equalsIgnoreCase("false")) {
                return false;
            }
        }
        return absent;
    }

    private static String string(Object value) {
        return value instanceof String s ? s : null;
    }

    private static List<String> strings(Object value) {
        if (value instanceof List<?> list) {
            return list.stream().filter(String.class::isInstance).map(String.class::cast).toList();
        }
        if (value instanceof String s && !s.isBlank()) {
            return List.of(s.split("\\s*,\\s*"));
        }
        return List.of();
    }
}
