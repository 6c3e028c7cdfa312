package fr.plume.tool.certification.infra;

import fr.plume.tool.certification.domain.RevocationAudit;
import fr.plume.tool.certification.domain.RevocationReason;
import java.time.Instant;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Until the module's hash-chained audit log lands, revocations are logged (ids and category
 * only, never the holder or the note) next to what the certificate row keeps. The audit log
 * replaces this bean by implementing {@link RevocationAudit}.
 */
@Configuration(proxyBeanMethods = false)
class LoggedRevocations {

    private static final Logger log = LoggerFactory.getLogger(LoggedRevocations.class);

    @Bean
    @ConditionalOnMissingBean(RevocationAudit.class)
    RevocationAudit revocationAudit() {
        return (UUID certificateId, RevocationReason reason, String note, String revokedBy, Instant at) ->
                log.info("event=certification.certificate.revoked certificate={} reason={}", certificateId, reason);
    }
}
