package fr.plume.tool.psychometrics.domain;

import java.time.Duration;

/** This node's name in the run queue and how long a claimed run is leased before it counts as abandoned. */
public record PsychometricsSettings(String nodeId, Duration lease) {
}
