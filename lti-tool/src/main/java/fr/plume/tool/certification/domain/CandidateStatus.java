package fr.plume.tool.certification.domain;

/**
 * Where a candidate is in the session. A candidate who joins (or comes back after closing the tab
 * or losing the network) waits for the invigilator; an authorisation lets them start or resume
 * once, then they are STARTED until the test ends or the invigilator ends it.
 */
public enum CandidateStatus {
    ENROLLED,
    WAITING,
    AUTHORISED,
    STARTED,
    ENDED
}
