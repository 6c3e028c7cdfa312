package fr.plume.tool.certification.application;

import fr.plume.tool.certification.domain.Certificate;
import fr.plume.tool.certification.domain.Certificates;
import java.util.List;
import org.springframework.stereotype.Service;

/** The newest certificates, for the officer's page (revocation and register export). */
@Service
public class ListCertificates {

    private static final int PAGE = 200;

    private final Certificates certificates;

    ListCertificates(Certificates certificates) {
        this.certificates = certificates;
    }

    public List<Certificate> newest() {
        return certificates.newest(PAGE);
    }
}
