package fr.plume.tool.psychometrics.domain;

import java.util.List;

/**
 * An item of a stored run: its estimate and the analysis kept with it (flag rule codes; the options
 * of a single-choice item, empty for other items).
 */
public record AnalysedItem(ItemEstimate estimate, double pValue, double pointBiserial, double fitChiSquare,
                           int fitDegreesOfFreedom, double fitP, List<String> flags,
                           List<DistractorAnalysis.Option> options) {

    public AnalysedItem {
        flags = List.copyOf(flags);
        options = List.copyOf(options);
    }
}
