package fr.plume.tool.identity.infra;

import fr.plume.tool.identity.api.SignInLocked;
import fr.plume.tool.identity.domain.SignInSubject;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Password sign-in of tool accounts, throttled per account and per client address (DESIGN §10):
 * once a limit is reached, sign-in is refused until the lock ends, even with the right password.
 * Each failure is one WARN line with the account, the address and the reason (never the password).
 */
@Component
class ThrottledSignIn implements AuthenticationProvider {

    private static final Logger log = LoggerFactory.getLogger(ThrottledSignIn.class);

    private final DaoAuthenticationProvider passwords;
    private final JdbcSignInFailures failures;
    private final SignInProperties limits;
    private final Clock clock;

    ThrottledSignIn(JdbcToolAccounts accounts, PasswordEncoder encoder, JdbcSignInFailures failures,
            SignInProperties limits, Clock clock) {
        this.passwords = new DaoAuthenticationProvider(new ToolAccountUserDetails(accounts));
        this.passwords.setPasswordEncoder(encoder);
        // Told apart for the log line only; the person always reads the same message.
        this.passwords.setHideUserNotFoundExceptions(false);
        this.failures = failures;
        this.limits = limits;
        this.clock = clock;
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }

    @Override
    public Authentication authenticate(Authentication attempt) {
        SignInSubject account = SignInSubject.account(attempt.getName());
        SignInSubject address = SignInSubject.address(addressOf(attempt));
        // PostgreSQL keeps microseconds: compare and store times it can hold exactly.
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        Optional<JdbcSignInFailures.Lock> lock = failures.lockOn(account, address, now);
        if (lock.isPresent()) {
            warn(account, address, lock.get().kind() == SignInSubject.Kind.ACCOUNT ? "account-locked" : "address-locked");
            throw new SignInLocked(lock.get().until());
        }
        try {
            Authentication signedIn = passwords.authenticate(attempt);
            failures.reset(account);
            log.info("event=sign-in.succeeded account={} address={}", account.forLog(), address.forLog());
            return signedIn;
        } catch (AuthenticationException refused) {
            warn(account, address, reason(refused));
            Optional<Instant> accountLock = failures.recordFailure(account, now, limits.window(),
                    limits.maxFailuresPerAccount(), limits.lock());
            Optional<Instant> addressLock = failures.recordFailure(address, now, limits.window(),
                    limits.maxFailuresPerAddress(), limits.lock());
            Optional<Instant> lockedUntil = accountLock.or(() -> addressLock);
            if (lockedUntil.isPresent()) {
                log.warn("event=sign-in.locked account={} address={} until={}", account.forLog(), address.forLog(),
                        lockedUntil.get());
                throw new SignInLocked(lockedUntil.get());
            }
            throw refused instanceof UsernameNotFoundException ? new BadCredentialsException("bad credentials") : refused;
        }
    }

    private static void warn(SignInSubject account, SignInSubject address, String reason) {
        log.warn("event=sign-in.failed account={} address={} reason={}", account.forLog(), address.forLog(), reason);
    }

    private static String reason(AuthenticationException refused) {
        if (refused instanceof UsernameNotFoundException) {
            return "unknown-account";
        }
        if (refused instanceof DisabledException) {
            return "account-disabled";
        }
        return refused instanceof BadCredentialsException ? "bad-password" : "refused";
    }

    private static String addressOf(Authentication attempt) {
        return attempt.getDetails() instanceof WebAuthenticationDetails details ? details.getRemoteAddress() : null;
    }
}
