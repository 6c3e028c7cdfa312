package fr.plume.tool.certification.domain;

/** Why a certificate was revoked: the category verifiers see (the officer's note stays internal). */
public enum RevocationReason {
    RESULT_ERROR,
    FRAUD,
    IDENTITY_ERROR,
    HOLDER_REQUEST,
    OTHER
}
