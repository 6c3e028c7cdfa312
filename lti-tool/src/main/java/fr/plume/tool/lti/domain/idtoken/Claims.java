package fr.plume.tool.lti.domain.idtoken;

import com.nimbusds.jwt.JWTClaimsSet;
import java.util.Map;

/** Typed reads of claims that are absent, of another type, or present. */
final class Claims {

    private Claims() {
    }

    static String string(JWTClaimsSet claims, String name) {
        Object value = claims.getClaim(name);
        return value instanceof String s ? s : null;
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> object(JWTClaimsSet claims, String name) {
        Object value = claims.getClaim(name);
        return value instanceof Map<?, ?> map ? (Map<String, Object>) map : null;
    }

    static String text(Object value) {
        if (value instanceof String s) {
            return s;
        }
        return value instanceof Number n ? n.toString() : null;
    }

    static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
