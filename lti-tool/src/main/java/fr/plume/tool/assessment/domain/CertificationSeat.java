package fr.plume.tool.assessment.domain;

/** A certifying attempt and the seat it holds among one person's attempts at one certification. */
public record CertificationSeat(int number, Attempt attempt) {
}
