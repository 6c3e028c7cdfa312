package fr.plume.tool.certification.domain;

/** A certificate ready to store: its record, the signed Open Badges credential and the signed PDF. */
public record IssuedCertificate(Certificate certificate, String credentialJwt, byte[] pdf) {
}
