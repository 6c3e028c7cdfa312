package fr.plume.tool.assessment.domain;

/** The global result a completed attempt reported. */
public record AttemptSummary(int level, int scaledScore, int scoreMaximum, double standardError) {
}
