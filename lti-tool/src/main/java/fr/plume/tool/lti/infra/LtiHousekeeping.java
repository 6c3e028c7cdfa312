package fr.plume.tool.lti.infra;

import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Deletes expired login states and used nonces; harmless when several nodes run it at once. */
@Component
class LtiHousekeeping {

    private static final Logger log = LoggerFactory.getLogger(LtiHousekeeping.class);

    private final JdbcLoginStates states;
    private final JdbcUsedNonces nonces;
    private final Clock clock;

    LtiHousekeeping(JdbcLoginStates states, JdbcUsedNonces nonces, Clock clock) {
        this.states = states;
        this.nonces = nonces;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${plume.lti.housekeeping-interval:PT10M}", initialDelayString = "PT1M")
    void purgeExpired() {
        int removedStates = states.deleteExpired(clock.instant());
        int removedNonces = nonces.deleteExpired(clock.instant());
        if (removedStates + removedNonces > 0) {
            log.info("event=lti.housekeeping states={} nonces={}", removedStates, removedNonces);
        }
    }
}
