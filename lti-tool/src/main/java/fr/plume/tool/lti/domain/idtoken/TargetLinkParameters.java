package fr.plume.tool.lti.domain.idtoken;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/** The tool's own parameters ({@code plume_*}) carried in a launch's target link query. */
final class TargetLinkParameters {

    static final String PREFIX = "plume_";
    private static final int MAX_PARAMETERS = 10;
    private static final int MAX_VALUE_LENGTH = 200;

    private TargetLinkParameters() {
    }

    static Map<String, String> of(String targetLinkUri) {
        Map<String, String> parameters = new LinkedHashMap<>();
        String query = query(targetLinkUri);
        if (query == null) {
            return parameters;
        }
        for (String pair : query.split("&")) {
            int equals = pair.indexOf('=');
            if (equals <= 0 || parameters.size() == MAX_PARAMETERS) {
                continue;
            }
            String name = decoded(pair.substring(0, equals));
            String value = decoded(pair.substring(equals + 1));
            if (name != null && value != null && name.startsWith(PREFIX) && !value.isBlank()
                    && value.length() <= MAX_VALUE_LENGTH) {
                parameters.putIfAbsent(name, value);
            }
        }
        return parameters;
    }

    private static String query(String uri) {
        if (uri == null) {
            return null;
        }
        try {
            return URI.create(uri).getRawQuery();
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static String decoded(String text) {
        try {
            return URLDecoder.decode(text, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
