package fr.plume.tool.certification.application;

import fr.plume.framework.model.Competency;
import fr.plume.framework.model.Domain;
import fr.plume.framework.model.Framework;
import fr.plume.tool.certification.api.CandidateCertified.AreaLevel;
import fr.plume.tool.certification.domain.Certificate;
import fr.plume.tool.certification.domain.CertificateDocument.AreaLine;
import fr.plume.tool.certification.domain.OpenBadgeCredentials.AlignedCompetency;
import fr.plume.tool.framework.api.Frameworks;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** The framework's labels and CASE identifiers for a certificate's domains and competencies. */
@Component
public class CertificateContents {

    private final Frameworks frameworks;

    CertificateContents(Frameworks frameworks) {
        this.frameworks = frameworks;
    }

    public Optional<Framework> frameworkOf(Certificate certificate) {
        Optional<Frameworks.StoredFramework> stored = Optional.empty();
        try {
            if (certificate.frameworkVersion() != null) {
                stored = frameworks.find(UUID.fromString(certificate.frameworkVersion()));
            }
        } catch (IllegalArgumentException e) {
            stored = Optional.empty(); // a version label rather than an id: the current framework
        }
        return stored.or(frameworks::current).map(Frameworks.StoredFramework::framework);
    }

    public List<AreaLine> domains(Certificate certificate, Optional<Framework> framework) {
        return certificate.domains().stream().map(area -> {
            Optional<Domain> domain = framework.flatMap(f -> f.domainByCode(area.code()));
            return line(area, domain.map(d -> d.title().fr()).orElse(""), domain.map(d -> d.title().en()).orElse(""));
        }).toList();
    }

    public List<AreaLine> competencies(Certificate certificate, Optional<Framework> framework) {
        return certificate.competencies().stream().map(area -> {
            Optional<Competency> competency = framework.flatMap(f -> f.competencyByCode(area.code()));
            return line(area, competency.map(c -> c.title().fr()).orElse(""),
                    competency.map(c -> c.title().en()).orElse(""));
        }).toList();
    }

    /** The competencies as the credential aligns to them: CASE item URIs (urn:uuid of the idnumber). */
    public List<AlignedCompetency> aligned(Certificate certificate, Optional<Framework> framework) {
        return certificate.competencies().stream().flatMap(area -> framework
                .flatMap(f -> f.competencyByCode(area.code()))
                .map(c -> new AlignedCompetency(c.code(), c.title().fr(), "urn:uuid:" + c.idnumber(), area.level()))
                .stream()).toList();
    }

    private static AreaLine line(AreaLevel area, String fr, String en) {
        return new AreaLine(area.code(), fr, en.isBlank() ? fr : en, area.level(), area.indicative());
    }
}
