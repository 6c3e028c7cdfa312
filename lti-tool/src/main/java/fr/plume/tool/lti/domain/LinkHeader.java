package fr.plume.tool.lti.domain;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Finds the {@code rel="next"} page in RFC 8288 {@code Link} headers, defensively: AGS 2.0 §3.2.4
 * and NRPS 2.0 §2.4.1 page with it, and Moodle writes the relation in typographic quotes
 * (“next”, which arrives as its UTF-8 bytes) and HTML-escapes {@code &} in the URL. Anything unparseable is ignored, never fatal.
 */
public final class LinkHeader {

    private LinkHeader() {
    }

    public static Optional<URI> next(List<String> headers) {
        if (headers == null) {
            return Optional.empty();
        }
        for (String header : headers) {
            Optional<URI> found = next(header);
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    public static Optional<URI> next(String header) {
        if (header == null || header.isBlank()) {
            return Optional.empty();
        }
        int i = 0;
        while (i < header.length()) {
            int open = header.indexOf('<', i);
            if (open < 0) {
                return Optional.empty();
            }
            int close = header.indexOf('>', open + 1);
            if (close < 0) {
                return Optional.empty();
            }
            String target = header.substring(open + 1, close).trim();
            int nextLink = header.indexOf('<', close + 1);
            String params = nextLink < 0 ? header.substring(close + 1) : header.substring(close + 1, nextLink);
            if (hasNextRelation(params)) {
                Optional<URI> uri = uri(target);
                if (uri.isPresent()) {
                    return uri;
                }
            }
            i = nextLink < 0 ? header.length() : nextLink;
        }
        return Optional.empty();
    }

    private static boolean hasNextRelation(String params) {
        for (String param : params.split(";")) {
            String p = param.trim();
            int eq = p.indexOf('=');
            if (eq < 0 || !p.substring(0, eq).trim().equalsIgnoreCase("rel")) {
                continue;
            }
            // Relation types are ASCII tokens: whatever surrounds them (straight or typographic
            // quotes, or those quotes' UTF-8 bytes read as ISO-8859-1 as HTTP clients do) is noise.
            String value = p.substring(eq + 1).replaceAll("[^A-Za-z0-9.:/#_-]+", " ");
            for (String rel : value.trim().split(" ")) {
                if (rel.toLowerCase(Locale.ROOT).equals("next")) {
                    return true;
                }
            }
        }
        return false;
    }

    private static Optional<URI> uri(String target) {
        try {
            URI uri = new URI(target.replace("&amp;", "&"));
            return uri.isAbsolute() && ("https".equalsIgnoreCase(uri.getScheme()) || "http".equalsIgnoreCase(uri.getScheme()))
                    ? Optional.of(uri) : Optional.empty();
        } catch (java.net.URISyntaxException e) {
            return Optional.empty();
        }
    }
}
