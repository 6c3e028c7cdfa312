package fr.plume.tool.psychometrics.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Per-item report of a run: classical statistics against EAP θ̂, the run's parameters with SEs,
 * S-X² fit, drift from the version in delivery, distractors of choice items, and the flags.
 */
public final class ItemAnalysis {

    public static final int MIN_RESPONSES = 200;
    public static final double MIN_P = 0.05;
    public static final double MAX_P = 0.95;
    public static final double MIN_POINT_BISERIAL = 0.15;
    public static final double MIN_DISCRIMINATION = 0.3;
    public static final double FIT_ALPHA = 0.01;

    private ItemAnalysis() {
    }

    /** The chosen option of each response of a choice item (−1 for none), in response order. */
    public record Choices(int options, int key, Map<Integer, Integer> optionByResponse) {
    }

    /**
     * @param scoring   posteriors under the run's parameters (θ̂ and fit come from it)
     * @param estimates the run's parameters by item id
     * @param delivered the parameters in delivery by item id (drift)
     * @param choices   choice items' options by item id
     */
    public static List<ItemReport> analyse(AbilityScoring scoring, Map<String, ItemParameter> estimates,
                                           Map<String, ItemParameter> delivered, Map<String, Choices> choices) {
        ResponseTable table = scoring.table();
        double[] theta = scoring.expectedAbilities();
        Map<String, ItemFit.Result> fit = ItemFit.orlandoThissen(scoring);
        List<List<Integer>> responsesByItem = new ArrayList<>();
        List<List<Integer>> personsByItem = new ArrayList<>();
        for (int j = 0; j < table.itemCount(); j++) {
            responsesByItem.add(new ArrayList<>());
            personsByItem.add(new ArrayList<>());
        }
        for (int p = 0; p < table.personCount(); p++) {
            for (int r = table.start(p); r < table.end(p); r++) {
                responsesByItem.get(table.item(r)).add(r);
                personsByItem.get(table.item(r)).add(p);
            }
        }
        List<ItemReport> reports = new ArrayList<>();
        for (int j = 0; j < table.itemCount(); j++) {
            String id = table.itemIds().get(j);
            List<Integer> responses = responsesByItem.get(j);
            double[] score = new double[responses.size()];
            double[] ability = new double[responses.size()];
            double right = 0;
            for (int i = 0; i < responses.size(); i++) {
                score[i] = table.correct(responses.get(i)) ? 1 : 0;
                ability[i] = theta[personsByItem.get(j).get(i)];
                right += score[i];
            }
            int n = responses.size();
            double p = n == 0 ? Double.NaN : right / n;
            double pointBiserial = Statistics.correlation(score, ability);
            ItemParameter parameter = estimates.getOrDefault(id,
                    new ItemParameter(id, Double.NaN, Double.NaN, Double.NaN, Double.NaN));
            ItemParameter previous = delivered.get(id);
            Drift drift = previous != null && previous.known() && parameter.known()
                    ? Drift.between(previous, parameter) : null;
            List<DistractorAnalysis.Option> distractors = List.of();
            Choices itemChoices = choices.get(id);
            if (itemChoices != null) {
                int[] chosen = new int[n];
                for (int i = 0; i < n; i++) {
                    chosen[i] = itemChoices.optionByResponse().getOrDefault(responses.get(i), -1);
                }
                distractors = DistractorAnalysis.analyse(itemChoices.options(), itemChoices.key(), chosen, ability);
            }
            ItemFit.Result itemFit = fit.getOrDefault(id, ItemFit.Result.UNKNOWN);
            reports.add(new ItemReport(id, n, p, pointBiserial, parameter, itemFit, drift, distractors,
                    flags(n, p, pointBiserial, parameter, itemFit, drift, distractors)));
        }
        return reports;
    }

    static List<Flag> flags(int n, double p, double pointBiserial, ItemParameter parameter, ItemFit.Result fit,
                            Drift drift, List<DistractorAnalysis.Option> distractors) {
        List<Flag> flags = new ArrayList<>();
        if (n < MIN_RESPONSES) {
            flags.add(new Flag(FlagRule.TOO_FEW_RESPONSES, Integer.toString(n)));
            return flags;
        }
        if (p < MIN_P || p > MAX_P) {
            flags.add(new Flag(FlagRule.EXTREME_DIFFICULTY, format(p)));
        }
        if (!(pointBiserial >= MIN_POINT_BISERIAL)) {
            flags.add(new Flag(FlagRule.LOW_POINT_BISERIAL, format(pointBiserial)));
        }
        if (parameter.known() && parameter.a() < MIN_DISCRIMINATION) {
            flags.add(new Flag(FlagRule.LOW_DISCRIMINATION, format(parameter.a())));
        }
        if (fit.pValue() < FIT_ALPHA) {
            flags.add(new Flag(FlagRule.MISFIT, String.format(Locale.ROOT, "S-X²=%.1f, df=%d, p=%.3g",
                    fit.chiSquare(), fit.degreesOfFreedom(), fit.pValue())));
        }
        if (drift != null && drift.flagged()) {
            flags.add(new Flag(FlagRule.DRIFT, String.format(Locale.ROOT, "Δb=%+.2f", drift.deltaB())));
        }
        flags.addAll(DistractorAnalysis.flags(distractors));
        return flags;
    }

    private static String format(double value) {
        return String.format(Locale.ROOT, "%.2f", value);
    }
}
