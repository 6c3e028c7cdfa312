package fr.plume.sync.format;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * SHA-256 over a canonical JSON form (properties sorted, text already canonicalised by the
 * records): the same content always gives the same hash, whatever its source formatting.
 */
public final class ContentHash {

    private static final JsonMapper CANONICAL = JsonMapper.builder()
            .enable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .build();

    private ContentHash() {
    }

    public static String of(Object value) {
        return sha256(CANONICAL.writeValueAsBytes(value));
    }

    /**
     * Builds a canonical form field by field (each value length-prefixed, so no two different
     * field lists can produce the same bytes) and hashes it; much cheaper than {@link #of}.
     */
    public static final class Canonical {
        private final StringBuilder sb = new StringBuilder(512);

        public Canonical add(String s) {
            String v = s == null ? "" : s;
            sb.append(v.length()).append(':').append(v).append(';');
            return this;
        }

        public Canonical add(double d) {
            return add(Double.toString(d));
        }

        public Canonical add(boolean b) {
            return add(b ? "1" : "0");
        }

        public Canonical addAll(java.util.List<String> values) {
            add(Integer.toString(values.size()));
            values.forEach(this::add);
            return this;
        }

        public String sha256() {
            return ContentHash.sha256(sb.toString());
        }
    }

    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 absent de la JVM", e);
        }
    }

    public static String sha256(String text) {
        return sha256(text.getBytes(StandardCharsets.UTF_8));
    }
}
