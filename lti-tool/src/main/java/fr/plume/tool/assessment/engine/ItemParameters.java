package fr.plume.tool.assessment.engine;

import java.util.Objects;

/**
 * The calibrated 2PL parameters of one item, as the engine uses them. The delivery code copies
 * this value into the attempt when the item is shown, so the attempt stays scorable after a
 * recalibration.
 *
 * @param itemId         stable item identifier
 * @param competencyCode competency the item measures (content balancing, per-competency θ)
 * @param familyId       family of a prototype and its variants; at most one per test
 *                       (null means the item is its own family)
 * @param a              discrimination (&gt; 0)
 * @param b              difficulty on the θ scale
 * @param accessible     usable for candidates who need accessible items
 */
public record ItemParameters(String itemId, String competencyCode, String familyId, double a, double b,
                             boolean accessible) {

    public ItemParameters {
        Objects.requireNonNull(itemId, "itemId");
        Objects.requireNonNull(competencyCode, "competencyCode");
        if (familyId == null || familyId.isBlank()) {
            familyId = itemId;
        }
        if (!(a > 0.0) || Double.isInfinite(a)) {
            throw new IllegalArgumentException("item " + itemId + ": discrimination a must be > 0, got " + a);
        }
        if (!Double.isFinite(b)) {
            throw new IllegalArgumentException("item " + itemId + ": difficulty b must be finite, got " + b);
        }
    }

    public ItemParameters withParameters(double newA, double newB) {
        return new ItemParameters(itemId, competencyCode, familyId, newA, newB, accessible);
    }
}
