package fr.plume.tool.certification.application;

import static org.assertj.core.api.Assertions.assertThat;

import fr.plume.tool.certification.CertificateFixtures;
import fr.plume.tool.certification.CertificationToolTest;
import fr.plume.tool.certification.api.CandidateCertified;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/** The request to issue a certificate lives and dies with the publishing transaction. */
@CertificationToolTest
class QueueCertificateTest {

    @Autowired
    ApplicationContext tool;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aPublicationRolledBackQueuesNothing() {
        CandidateCertified event = event();

        transaction.executeWithoutResult(status -> {
            tool.publishEvent(event);
            status.setRollbackOnly();
        });

        assertThat(queued(event)).isZero();
    }

    @Test
    void aCommittedPublicationQueuesOneRequestHoweverOftenItIsPublished() {
        CandidateCertified event = event();

        transaction.executeWithoutResult(status -> {
            tool.publishEvent(event);
            tool.publishEvent(event);
        });

        assertThat(queued(event)).isEqualTo(1);
        jdbc.sql("DELETE FROM certification_issue_request WHERE candidate_id = :c").param("c", event.candidateId())
                .update();
    }

    /** The issuing worker backs off while its queue stays empty; a request queued here wakes it once committed. */
    @Test
    void aCommittedPublicationWakesThisNodesIssuingWorkerARolledBackOneDoesNot() {
        IssuePolling polling = tool.getBean(IssuePolling.class);
        for (int read = 0; read < 6; read++) {
            polling.read(false);
        }
        assertThat(polling.due()).as("backed off after empty reads").isFalse();

        transaction.executeWithoutResult(status -> {
            tool.publishEvent(event());
            status.setRollbackOnly();
        });
        assertThat(polling.due()).as("after a rolled-back publication").isFalse();

        CandidateCertified committed = event();
        transaction.executeWithoutResult(status -> tool.publishEvent(committed));
        assertThat(polling.due()).as("after a committed publication").isTrue();
        jdbc.sql("DELETE FROM certification_issue_request WHERE candidate_id = :c").param("c", committed.candidateId())
                .update();
    }

    private static CandidateCertified event() {
        return CertificateFixtures.published(UUID.randomUUID(), UUID.randomUUID(), "Eva Noël", null, Instant.now());
    }

    private int queued(CandidateCertified event) {
        return jdbc.sql("SELECT count(*) FROM certification_issue_request WHERE candidate_id = :c")
                .param("c", event.candidateId()).query(Integer.class).single();
    }
}
