package fr.plume.tool.certification;

import fr.plume.framework.format.FrameworkFormat;
import fr.plume.tool.certification.api.CandidateCertified;
import fr.plume.tool.certification.application.IssueCertificate;
import fr.plume.tool.certification.domain.Certificate;
import fr.plume.tool.certification.domain.Certificates;
import fr.plume.tool.framework.api.Frameworks;
import fr.plume.tool.framework.application.ImportFramework;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.UUID;
import org.springframework.context.ApplicationContext;
import org.springframework.core.io.ClassPathResource;
import org.springframework.transaction.support.TransactionTemplate;

/** Publishes candidates as the officer's publication does (the event in a transaction) and issues their certificates. */
public final class IssuedCertificates {

    private final ApplicationContext tool;

    public IssuedCertificates(ApplicationContext tool) {
        this.tool = tool;
    }

    /** The sample framework's stored version id (imported when none is stored yet). */
    public Frameworks.StoredFramework framework() {
        Frameworks frameworks = tool.getBean(Frameworks.class);
        if (frameworks.current().isEmpty()) {
            try (InputStream sample = new ClassPathResource("samples/framework/referentiel-plume-ecrit.case.json")
                    .getInputStream()) {
                tool.getBean(ImportFramework.class).importFile(FrameworkFormat.CASE_JSON, sample, "tests");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return frameworks.current().orElseThrow();
    }

    /** A candidate of a new member and user, published in its own transaction. */
    public CandidateCertified publish(String holderName) {
        return publish(UUID.randomUUID(), UUID.randomUUID(), holderName);
    }

    public CandidateCertified publish(UUID memberId, UUID userId, String holderName) {
        CandidateCertified event = CertificateFixtures.published(memberId, userId, holderName,
                framework().versionId().toString(), tool.getBean(Clock.class).instant());
        publish(event);
        return event;
    }

    public void publish(CandidateCertified event) {
        tool.getBean(TransactionTemplate.class).executeWithoutResult(
                status -> tool.publishEvent(event));
    }

    /** Drains the issue queue, as the worker of any node does. */
    public void drain() {
        IssueCertificate issue = tool.getBean(IssueCertificate.class);
        while (issue.drainOnce() > 0) {
            // until the queue is empty
        }
    }

    /** Publishes and issues: the stored certificate. */
    public Certificate issued(String holderName) {
        CandidateCertified event = publish(holderName);
        drain();
        return tool.getBean(Certificates.class).byCandidate(event.candidateId()).orElseThrow();
    }

    public Certificate issued(UUID memberId, UUID userId, String holderName) {
        CandidateCertified event = publish(memberId, userId, holderName);
        drain();
        return tool.getBean(Certificates.class).byCandidate(event.candidateId()).orElseThrow();
    }

    /** The code as someone types it with two neighbouring symbols the wrong way round (never equal ones: no typo). */
    public static String mistyped(String code) {
        int i = 0;
        while (code.charAt(i) == code.charAt(i + 1)) {
            i++;
        }
        return code.substring(0, i) + code.charAt(i + 1) + code.charAt(i) + code.substring(i + 2);
    }
}
