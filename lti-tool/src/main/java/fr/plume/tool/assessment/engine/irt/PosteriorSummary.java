package fr.plume.tool.assessment.engine.irt;

/** Expected a posteriori estimate and posterior standard deviation (used as the standard error). */
public record PosteriorSummary(double mean, double standardDeviation) {
}
