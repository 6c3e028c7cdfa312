package fr.plume.tool.lti.domain;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * How the launches of one registration are attributed to members, for a platform shared by several
 * universities (one Moodle for many members): a value of the launch ({@link Source}), cut at the
 * first {@code separator} when there is one, is looked up in {@code members}. A launch without the
 * value, or with a value not listed, falls back to the registration's own member.
 *
 * @param members value key (upper case) → member id
 */
public record MemberAttribution(UUID registrationId, Source source, String parameter, String separator,
        Map<String, UUID> members) {

    /** Where the value comes from in the id_token. */
    public enum Source {
        /** A custom parameter named {@code parameter} (LTI Core §5.4.6), e.g. {@code university=$CourseSection.sourcedId}. */
        CUSTOM_PARAMETER,
        /** The person's sourcedId (the {@code lis} claim; Moodle: the user's ID number). */
        PERSON_SOURCEDID,
        /** The course section's sourcedId (the {@code lis} claim; Moodle: the course's ID number). */
        COURSE_SOURCEDID
    }

    /** How a launch got its member. */
    public enum Outcome {
        /** No rule: the registration's member. */
        REGISTRATION,
        /** The rule found a listed value. */
        RULE,
        /** A rule exists but the launch's value was missing or not listed: the registration's member. */
        FALLBACK
    }

    /** The member of a launch, the value key that decided it (null when none) and how. */
    public record Attributed(UUID memberId, String key, Outcome outcome) {
    }

    public MemberAttribution {
        Objects.requireNonNull(source, "source");
        parameter = blankToNull(parameter);
        separator = separator == null || separator.isEmpty() ? null : separator;
        if (source == Source.CUSTOM_PARAMETER && parameter == null) {
            throw new IllegalArgumentException("a custom parameter rule names its parameter");
        }
        Map<String, UUID> normalised = new LinkedHashMap<>();
        (members == null ? Map.<String, UUID>of() : members).forEach((k, v) -> normalised.put(normalise(k), v));
        members = Map.copyOf(normalised);
    }

    /** The member of a launch of this registration, whose own member is {@code fallback}. */
    public static Attributed attribute(MemberAttribution rule, LaunchClaims claims, UUID fallback) {
        if (rule == null) {
            return new Attributed(fallback, null, Outcome.REGISTRATION);
        }
        String key = rule.keyOf(claims);
        UUID member = key == null ? null : rule.members.get(key);
        return member == null ? new Attributed(fallback, key, Outcome.FALLBACK) : new Attributed(member, key, Outcome.RULE);
    }

    /** The value key this rule reads in a launch, or null when the launch does not carry the value. */
    public String keyOf(LaunchClaims claims) {
        String value = switch (source) {
            case CUSTOM_PARAMETER -> claims.custom() == null ? null : claims.custom().get(parameter);
            case PERSON_SOURCEDID -> claims.lis() == null ? null : claims.lis().personSourcedId();
            case COURSE_SOURCEDID -> claims.lis() == null ? null : claims.lis().courseSectionSourcedId();
        };
        if (value == null || value.isBlank() || value.startsWith("$")) {
            // "$Person.sourcedId" comes back verbatim when the platform does not know the variable.
            return null;
        }
        String cut = separator == null || !value.contains(separator) ? value : value.substring(0, value.indexOf(separator));
        String key = normalise(cut);
        return key.isEmpty() || key.length() > 100 ? null : key;
    }

    static String normalise(String key) {
        return key.strip().toUpperCase(Locale.ROOT);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
