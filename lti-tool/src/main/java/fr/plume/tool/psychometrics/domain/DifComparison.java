package fr.plume.tool.psychometrics.domain;

import java.util.Objects;
import java.util.UUID;

/**
 * Which candidates a DIF analysis compares: a focal member university against another one or
 * against all the others, or candidates with accommodations (focal) against those without.
 *
 * @param referenceMember null: every other member
 */
public record DifComparison(Kind kind, UUID focalMember, UUID referenceMember) {

    public enum Kind { MEMBERS, ACCOMMODATIONS }

    public static final int REFERENCE = 0;
    public static final int FOCAL = 1;
    public static final int LEFT_OUT = -1;

    public DifComparison {
        Objects.requireNonNull(kind, "kind");
        if (kind == Kind.MEMBERS && (focalMember == null || focalMember.equals(referenceMember))) {
            throw new IllegalArgumentException("a focal member, and a different reference");
        }
    }

    public static DifComparison members(UUID focal, UUID reference) {
        return new DifComparison(Kind.MEMBERS, focal, reference);
    }

    public static DifComparison accommodations() {
        return new DifComparison(Kind.ACCOMMODATIONS, null, null);
    }

    /** {@link #FOCAL}, {@link #REFERENCE} or {@link #LEFT_OUT} for an attempt of this member. */
    public int groupOf(UUID member, boolean accommodated) {
        if (kind == Kind.ACCOMMODATIONS) {
            return accommodated ? FOCAL : REFERENCE;
        }
        if (focalMember.equals(member)) {
            return FOCAL;
        }
        return referenceMember == null || referenceMember.equals(member) ? REFERENCE : LEFT_OUT;
    }
}
