package fr.plume.sync.moodle;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

/**
 * Parameters of one web service call, flattened the way PHP reads form bodies:
 * nested maps and lists become {@code competency[shortname]=…} and
 * {@code filters[0][column]=…} (Moodle's REST server hands {@code $_POST} to
 * {@code external_api::validate_parameters}).
 */
public final class WsParams {

    private final Map<String, Object> values = new LinkedHashMap<>();

    public static WsParams of() {
        return new WsParams();
    }

    /** Adds a value: a String, number, boolean, {@code Map<String,?>} or {@code List<?>}. */
    public WsParams put(String name, Object value) {
        values.put(name, value);
        return this;
    }

    public Map<String, Object> values() {
        return Map.copyOf(values);
    }

    /** The flattened (name, value) pairs, in insertion order. */
    public List<Map.Entry<String, String>> flatten() {
        List<Map.Entry<String, String>> out = new ArrayList<>();
        values.forEach((name, value) -> flatten(name, value, out));
        return out;
    }

    public String toFormBody() {
        StringJoiner body = new StringJoiner("&");
        for (Map.Entry<String, String> pair : flatten()) {
            body.add(encode(pair.getKey()) + "=" + encode(pair.getValue()));
        }
        return body.toString();
    }

    private static void flatten(String prefix, Object value, List<Map.Entry<String, String>> out) {
        if (value == null) {
            return;
        }
        if (value instanceof Map<?, ?> map) {
            map.forEach((k, v) -> flatten(prefix + "[" + k + "]", v, out));
        } else if (value instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                flatten(prefix + "[" + i + "]", list.get(i), out);
            }
        } else if (value instanceof Boolean bool) {
            // PHP's PARAM_BOOL accepts 1/0; "true"/"false" strings are rejected by clean_param.
            out.add(Map.entry(prefix, bool ? "1" : "0"));
        } else {
            out.add(Map.entry(prefix, value.toString()));
        }
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
