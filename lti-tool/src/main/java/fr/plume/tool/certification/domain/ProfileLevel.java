package fr.plume.tool.certification.domain;

import java.time.Instant;

/** A level the candidate's diagnostic profile reports on one competency, and when it was estimated. */
public record ProfileLevel(String competency, int level, Instant estimatedAt) {
}
