package fr.plume.tool.psychometrics.domain;

import java.util.ArrayList;
import java.util.List;

/**
 * DIF of every item between a reference and a focal group of candidates (two member universities,
 * or candidates with and without accommodations), matched on EAP θ̂ from the operational items in
 * {@value #STRATA} equal-count strata.
 */
public final class DifAnalysis {

    public static final int STRATA = 20;
    /** Below this many responses in either group an item is not analysed (Zwick, 2012, recommends a few hundred). */
    public static final int MIN_PER_GROUP = 200;

    private DifAnalysis() {
    }

    /**
     * @param group per candidate: 0 reference, 1 focal, anything else left out
     */
    public static List<DifResult> analyse(ResponseTable table, double[] theta, int[] group) {
        List<Integer> included = new ArrayList<>();
        for (int p = 0; p < table.personCount(); p++) {
            if (group[p] == 0 || group[p] == 1) {
                included.add(p);
            }
        }
        double[] matching = included.stream().mapToDouble(p -> theta[p]).toArray();
        int[] strataOfIncluded = MantelHaenszel.quantileStrata(matching, STRATA);
        int[] stratumOf = new int[table.personCount()];
        for (int i = 0; i < included.size(); i++) {
            stratumOf[included.get(i)] = strataOfIncluded[i];
        }
        List<List<int[]>> byItem = new ArrayList<>();
        for (int j = 0; j < table.itemCount(); j++) {
            byItem.add(new ArrayList<>());
        }
        for (int p : included) {
            for (int r = table.start(p); r < table.end(p); r++) {
                byItem.get(table.item(r)).add(new int[] {p, table.correct(r) ? 1 : 0});
            }
        }
        List<DifResult> results = new ArrayList<>();
        for (int j = 0; j < table.itemCount(); j++) {
            analyseItem(table.itemIds().get(j), byItem.get(j), theta, group, stratumOf).ifPresent(results::add);
        }
        return results;
    }

    private static java.util.Optional<DifResult> analyseItem(String itemId, List<int[]> responses, double[] theta,
                                                             int[] group, int[] stratumOf) {
        int n = responses.size();
        int[] stratum = new int[n];
        boolean[] focal = new boolean[n];
        boolean[] correct = new boolean[n];
        double[] ability = new double[n];
        int focalCount = 0;
        for (int i = 0; i < n; i++) {
            int p = responses.get(i)[0];
            stratum[i] = stratumOf[p];
            focal[i] = group[p] == 1;
            correct[i] = responses.get(i)[1] == 1;
            ability[i] = theta[p];
            focalCount += focal[i] ? 1 : 0;
        }
        if (focalCount < MIN_PER_GROUP || n - focalCount < MIN_PER_GROUP) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(new DifResult(itemId, n - focalCount, focalCount,
                MantelHaenszel.analyse(stratum, focal, correct, STRATA),
                LogisticRegressionDif.analyse(ability, focal, correct)));
    }
}
