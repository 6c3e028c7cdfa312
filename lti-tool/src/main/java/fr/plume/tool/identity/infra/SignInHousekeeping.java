package fr.plume.tool.identity.infra;

import java.time.Clock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Deletes sign-in counters that no longer count (window and lock over), so names typed by
 * strangers do not pile up; harmless when several nodes run it at once.
 */
@Component
class SignInHousekeeping {

    private final JdbcSignInFailures failures;
    private final SignInProperties limits;
    private final Clock clock;

    SignInHousekeeping(JdbcSignInFailures failures, SignInProperties limits, Clock clock) {
        this.failures = failures;
        this.limits = limits;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT5M")
    void purgeOutdated() {
        failures.deleteOutdated(clock.instant(), limits.window());
    }
}
