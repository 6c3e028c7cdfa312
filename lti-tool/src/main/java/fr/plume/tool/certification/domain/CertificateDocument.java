package fr.plume.tool.certification.domain;

import java.util.List;

/**
 * Everything printed on a certificate, labels already chosen, both languages side by side.
 *
 * @param verificationUrl the page the QR code leads to
 * @param credentialJwt   the signed Open Badges credential, embedded as the PDF/A-3 associated file
 */
public record CertificateDocument(Certificate certificate, String certificationTitleFr, String certificationTitleEn,
        List<AreaLine> domains, List<AreaLine> competencies, String verificationUrl, String credentialJwt) {

    public CertificateDocument {
        domains = List.copyOf(domains);
        competencies = List.copyOf(competencies);
    }

    /** One line of the table: code, French and English label, level, indicative or not. */
    public record AreaLine(String code, String labelFr, String labelEn, int level, boolean indicative) {
    }
}
