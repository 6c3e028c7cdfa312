package fr.plume.tool.psychometrics.domain;

import java.util.List;

/**
 * Everything a psychometrician reads about one item in one run.
 *
 * @param parameter   the run's a and b with SEs (NaN when not estimated)
 * @param drift       movement from the version in delivery, null for a new item
 * @param distractors options of a choice item, empty otherwise
 */
public record ItemReport(String itemId, int responseCount, double pValue, double pointBiserial,
                         ItemParameter parameter, ItemFit.Result fit, Drift drift,
                         List<DistractorAnalysis.Option> distractors, List<Flag> flags) {

    public ItemReport {
        distractors = List.copyOf(distractors);
        flags = List.copyOf(flags);
    }

    public boolean flagged() {
        return !flags.isEmpty();
    }
}
