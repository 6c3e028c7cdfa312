package fr.plume.tool.certification.application;

import fr.plume.tool.certification.domain.CertificationSettings;
import fr.plume.tool.shared.domain.IdlePolling;
import java.time.Clock;
import org.springframework.stereotype.Component;

/**
 * This node's polling of the certificate issuing queue: every tick while there is work, backing
 * off to {@code plume.certification.issue-idle-poll-max} while it stays empty; a request queued
 * here wakes it.
 */
@Component
class IssuePolling {

    private final IdlePolling polling;

    IssuePolling(CertificationSettings settings, Clock clock) {
        this.polling = new IdlePolling(settings.issuePollInterval(), settings.issueIdlePollMax(), clock);
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
