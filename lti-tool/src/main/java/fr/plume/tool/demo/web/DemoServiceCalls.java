package fr.plume.tool.demo.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import org.springframework.http.MediaType;

/** Small helpers shared by the service controllers. */
final class DemoServiceCalls {

    static final String BODY_ATTRIBUTE = DemoServiceCalls.class.getName() + ".body";

    private DemoServiceCalls() {
    }

    static String pathOf(HttpServletRequest request) {
        String query = request.getQueryString();
        return query == null ? request.getRequestURI() : request.getRequestURI() + "?" + query;
    }

    /** Content type without parameters, compared exactly like Moodle compares it. */
    static boolean contentTypeIs(HttpServletRequest request, String expected) {
        String type = request.getContentType();
        return type != null && type.split(";", 2)[0].trim().equalsIgnoreCase(expected);
    }

    /**
     * Moodle wants the Accept header empty or naming the expected type; we also accept it among
     * several types, and a bare wildcard, which Moodle refuses, is refused here too.
     */
    static boolean acceptsOrEmpty(HttpServletRequest request, String expected) {
        String accept = request.getHeader("Accept");
        if (accept == null || accept.isBlank()) {
            return true;
        }
        return Arrays.stream(accept.split(",")).map(t -> t.split(";", 2)[0].trim())
                .anyMatch(t -> t.equalsIgnoreCase(expected));
    }

    static MediaType type(String value) {
        return MediaType.parseMediaType(value);
    }

    /**
     * Moodle writes its Link header as raw UTF-8 bytes (with typographic quotes). Servlet
     * containers write header chars as single bytes, so the UTF-8 bytes go in as ISO-8859-1 chars.
     */
    static String rawUtf8Header(String value) {
        return new String(value.getBytes(java.nio.charset.StandardCharsets.UTF_8),
                java.nio.charset.StandardCharsets.ISO_8859_1);
    }
}
