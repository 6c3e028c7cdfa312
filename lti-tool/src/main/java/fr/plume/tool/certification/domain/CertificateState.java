package fr.plume.tool.certification.domain;

/** What a verifier is told about a code. */
public enum CertificateState {
    VALID,
    REVOKED,
    EXPIRED,
    UNKNOWN
}
