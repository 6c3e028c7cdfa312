package fr.plume.framework.validation;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

/** Lenient but safe UUID parsing: any case, surrounding spaces and a {@code urn:uuid:} prefix are accepted. */
public final class Uuids {

    // UUID.fromString alone accepts "1-1-1-1-1"; require the canonical 8-4-4-4-12 shape.
    private static final Pattern CANONICAL = Pattern.compile(
            "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

    private Uuids() {
    }

    public static Optional<UUID> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String candidate = text.strip().toLowerCase(Locale.ROOT);
        if (candidate.startsWith("urn:uuid:")) {
            candidate = candidate.substring("urn:uuid:".length());
        }
        return CANONICAL.matcher(candidate).matches() ? Optional.of(UUID.fromString(candidate)) : Optional.empty();
    }

    /**
     * A stand-in for an invalid identifier, derived from its text, so that later checks (duplicates) can go on
     * and report everything. It never reaches a returned framework because the invalid value is already a problem.
     */
    public static UUID placeholderFor(String invalidText) {
        return UUID.nameUUIDFromBytes(("invalid:" + invalidText).getBytes(StandardCharsets.UTF_8));
    }

    /** A stable identifier derived from a name, for CASE nodes the model does not identify itself. */
    public static UUID derived(String name) {
        return UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8));
    }
}
