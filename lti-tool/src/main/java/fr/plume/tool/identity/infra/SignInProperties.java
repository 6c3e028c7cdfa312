package fr.plume.tool.identity.infra;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Sign-in throttling ({@code plume.security.sign-in.*}, DESIGN §10); every one has a safe default.
 *
 * @param window                  how far back failed sign-ins are counted
 * @param lock                    how long sign-in stays locked once a limit is reached
 * @param maxFailuresPerAccount   failures within the window that lock an account (from any address)
 * @param maxFailuresPerAddress   failures within the window that lock a client address (any account)
 */
@ConfigurationProperties("plume.security.sign-in")
public record SignInProperties(Duration window, Duration lock, Integer maxFailuresPerAccount,
        Integer maxFailuresPerAddress) {

    public SignInProperties {
        window = window == null ? Duration.ofMinutes(15) : window;
        lock = lock == null ? Duration.ofMinutes(15) : lock;
        maxFailuresPerAccount = maxFailuresPerAccount == null ? 5 : maxFailuresPerAccount;
        maxFailuresPerAddress = maxFailuresPerAddress == null ? 20 : maxFailuresPerAddress;
    }
}
