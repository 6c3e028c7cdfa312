package fr.plume.tool.psychometrics.domain;

import java.util.Comparator;
import java.util.List;

/**
 * A DIF analysis of the answers of a window: group sizes, and the items analysed (flagged first,
 * largest |D| next). Refused as a whole when either group has fewer than
 * {@value DifAnalysis#MIN_PER_GROUP} candidates; otherwise items with fewer answers than that in a
 * group are left out and counted.
 *
 * @param itemsAnswered items with at least one answer from either group
 */
public record DifReport(DifComparison comparison, int referenceCandidates, int focalCandidates, int itemsAnswered,
                        List<DifResult> items) {

    public DifReport {
        items = items.stream().sorted(Comparator.comparing((DifResult r) -> !r.flagged())
                .thenComparing(r -> -Math.abs(Double.isFinite(r.mantelHaenszel().delta())
                        ? r.mantelHaenszel().delta() : 0.0))).toList();
    }

    public boolean tooFewCandidates() {
        return referenceCandidates < DifAnalysis.MIN_PER_GROUP || focalCandidates < DifAnalysis.MIN_PER_GROUP;
    }

    public int itemsLeftOut() {
        return itemsAnswered - items.size();
    }

    public long flaggedCount() {
        return items.stream().filter(DifResult::flagged).count();
    }
}
