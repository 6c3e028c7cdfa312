package fr.plume.tool.certification.domain;

/** The fixed list of incidents an invigilator records; a TECHNICAL one neutralises the items it hit. */
public enum IncidentKind {
    TECHNICAL,
    SUSPECTED_FRAUD,
    ACCESSIBILITY,
    IDENTITY,
    OTHER
}
