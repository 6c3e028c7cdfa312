package fr.plume.tool.assessment.engine.cat;

import fr.plume.tool.assessment.engine.ItemBank;
import java.util.random.RandomGenerator;

/**
 * Maximum-information search with randomesque exposure control over the items of some
 * competencies. Hot path: one pass over contiguous per-competency ranges, primitive arrays only,
 * a bound test before the exponential, and two small arrays per call.
 */
public final class SelectNextItem {

    /** Item states in an availability array. */
    public static final byte AVAILABLE = 0;
    public static final byte SEEN_BEFORE = 1;
    public static final byte BLOCKED = 2;

    private SelectNextItem() {
    }

    /**
     * Index of an item drawn uniformly among the {@code k} most informative at θ, among items of
     * the given competencies (bank indices) whose availability is at most {@code maxAvailability} and whose
     * discrimination rank lies in [{@code minRank}, {@code maxRank}); −1 when none.
     */
    public static int select(ItemBank bank, byte[] availability, int[] competencies, byte maxAvailability,
                             double minRank, double maxRank, double theta, int k, RandomGenerator random) {
        int[] bestIndex = new int[k];
        double[] bestInformation = new double[k];
        int found = 0;
        for (int c : competencies) {
            int end = bank.competencyEnd(c);
            for (int i = bank.competencyStart(c); i < end; i++) {
                if (availability[i] > maxAvailability) {
                    continue;
                }
                double rank = bank.discriminationRank(i);
                if (rank < minRank || rank >= maxRank) {
                    continue;
                }
                double aSquared = bank.aSquared(i);
                // a²/4 bounds the 2PL information, so items that cannot enter the top k skip the exp.
                if (found == k && aSquared * 0.25 <= bestInformation[k - 1]) {
                    continue;
                }
                double e = Math.exp(-Math.abs(bank.a(i) * (theta - bank.b(i))));
                double d = 1.0 + e;
                double information = aSquared * e / (d * d);
                if (found < k) {
                    found++;
                } else if (information <= bestInformation[k - 1]) {
                    continue;
                }
                int slot = found - 1;
                while (slot > 0 && bestInformation[slot - 1] < information) {
                    bestInformation[slot] = bestInformation[slot - 1];
                    bestIndex[slot] = bestIndex[slot - 1];
                    slot--;
                }
                bestInformation[slot] = information;
                bestIndex[slot] = i;
            }
        }
        return found == 0 ? -1 : bestIndex[random.nextInt(found)];
    }
}
