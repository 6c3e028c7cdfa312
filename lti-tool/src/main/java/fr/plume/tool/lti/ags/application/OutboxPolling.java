package fr.plume.tool.lti.ags.application;

import fr.plume.tool.lti.ags.domain.AgsSettings;
import fr.plume.tool.shared.domain.IdlePolling;
import java.time.Clock;
import org.springframework.stereotype.Component;

/**
 * This node's polling of the grade outbox: every {@code plume.ags.poll-interval} while there is
 * work, backing off to {@code plume.ags.idle-poll-max} while it stays empty; a grade queued here
 * wakes it (after its transaction committed).
 */
@Component
public class OutboxPolling {

    private final IdlePolling polling;

    OutboxPolling(AgsSettings settings, Clock clock) {
        this.polling = new IdlePolling(settings.pollInterval(), settings.idlePollMax(), clock);
    }

    boolean due() {
        return polling.due();
    }

    void read(boolean foundWork) {
        polling.read(foundWork);
    }

    void wake() {
        polling.wake();
    }
}
