package fr.plume.tool.certification.domain;

/** Renders a certificate as a PDF/A-3 and signs it (PAdES) with the tool's signing certificate. */
public interface CertificatePdf {

    byte[] signedPdf(CertificateDocument document);
}
