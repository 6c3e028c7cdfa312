package fr.plume.tool.psychometrics.domain;

import java.util.ArrayList;
import java.util.List;

/**
 * Options of a choice item: how often each was chosen, the mean θ̂ of those who chose it and the
 * point-biserial between choosing it and θ̂. A working distractor is chosen by at least 5 % and
 * by weaker candidates (negative correlation).
 */
public final class DistractorAnalysis {

    public static final double MIN_PROPORTION = 0.05;

    private DistractorAnalysis() {
    }

    public record Option(int option, boolean key, int count, double proportion, double meanTheta,
                         double pointBiserial) {
    }

    /**
     * @param chosen option chosen by each candidate who answered (−1 for none)
     * @param theta  their θ̂, in the same order
     */
    public static List<Option> analyse(int options, int key, int[] chosen, double[] theta) {
        List<Option> result = new ArrayList<>();
        for (int option = 0; option < options; option++) {
            double[] indicator = new double[chosen.length];
            int count = 0;
            double sumTheta = 0;
            for (int i = 0; i < chosen.length; i++) {
                if (chosen[i] == option) {
                    indicator[i] = 1;
                    count++;
                    sumTheta += theta[i];
                }
            }
            result.add(new Option(option, option == key, count,
                    chosen.length == 0 ? Double.NaN : (double) count / chosen.length,
                    count == 0 ? Double.NaN : sumTheta / count, Statistics.correlation(indicator, theta)));
        }
        return result;
    }

    static List<Flag> flags(List<Option> options) {
        List<Flag> flags = new ArrayList<>();
        for (Option option : options) {
            if (option.key()) {
                continue;
            }
            if (option.proportion() < MIN_PROPORTION) {
                flags.add(new Flag(FlagRule.UNUSED_DISTRACTOR, option.option() + ": " + format(option.proportion())));
            }
            if (option.pointBiserial() > 0) {
                flags.add(new Flag(FlagRule.DISTRACTOR_ATTRACTS_ABLE,
                        option.option() + ": " + format(option.pointBiserial())));
            }
        }
        return flags;
    }

    private static String format(double value) {
        return String.format(java.util.Locale.ROOT, "%.2f", value);
    }
}
