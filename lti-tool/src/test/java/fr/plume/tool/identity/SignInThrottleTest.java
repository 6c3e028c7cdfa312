package fr.plume.tool.identity;

import static org.assertj.core.api.Assertions.assertThat;

import fr.plume.tool.identity.domain.SignInSubject;
import fr.plume.tool.identity.infra.JdbcSignInFailures;
import fr.plume.tool.identity.infra.JdbcToolAccounts;
import fr.plume.tool.shared.web.DateDisplay;
import fr.plume.tool.support.BrowserSession;
import fr.plume.tool.support.ConsortiumAdmins;
import fr.plume.tool.support.Http;
import fr.plume.tool.support.MovableClock;
import fr.plume.tool.support.PlumeIntegrationTest;
import fr.plume.tool.support.StoppedClockConfiguration;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.TestPropertySource;

/**
 * Sign-in throttling through the real sign-in form: 5 failures within 15 minutes lock an account
 * (from any address), 20 lock an address (for any account), for 15 minutes. Each test has its
 * own accounts and client addresses (sent as X-Forwarded-For from the loopback address, a
 * trusted proxy by default), and moves the clock instead of waiting.
 */
@PlumeIntegrationTest
@Import(StoppedClockConfiguration.class)
@ExtendWith(OutputCaptureExtension.class)
class SignInThrottleTest {

    private static final String PASSWORD = "the right password";
    private static final AtomicInteger ADDRESSES = new AtomicInteger();

    @LocalServerPort
    int port;
    @Autowired
    JdbcToolAccounts accounts;
    @Autowired
    PasswordEncoder encoder;
    @Autowired
    MovableClock clock;
    @Autowired
    DateDisplay dates;

    private String account;

    @BeforeEach
    void administrator() {
        clock.reset();
        account = "throttle-" + UUID.randomUUID().toString().substring(0, 8);
        ConsortiumAdmins.ensure(accounts, encoder, account, PASSWORD);
    }

    @Test
    void fiveFailuresLockTheAccountEvenWithTheRightPassword() {
        BrowserSession browser = new BrowserSession(port).from(address());
        for (int i = 1; i <= 4; i++) {
            assertThat(location(browser.submitSignIn(account, "wrong " + i))).endsWith("/login?error");
        }
        assertThat(location(browser.submitSignIn(account, "wrong 5"))).endsWith("/login?locked");

        HttpResponse<String> refused = browser.submitSignIn(account, PASSWORD);

        assertThat(location(refused)).endsWith("/login?locked");
        String page = browser.follow(refused).body();
        assertThat(page).contains("role=\"alert\"").contains("la connexion est bloquée")
                .contains("Réessayez à partir du " + dates.format(clock.instant().plus(Duration.ofMinutes(15)), Locale.FRENCH))
                .contains("(dans 15 min)");
        assertThat(browser.get("/admin").statusCode()).as("not signed in").isEqualTo(302);
    }

    @Test
    void theLockPageSpeaksEnglishToo() {
        BrowserSession browser = new BrowserSession(port).from(address());
        browser.get("/login?lang=en");
        for (int i = 1; i <= 5; i++) {
            browser.submitSignIn(account, "wrong " + i);
        }

        String page = browser.follow(browser.submitSignIn(account, PASSWORD)).body();

        assertThat(page).contains("<html lang=\"en\"").contains("signing in is locked")
                .contains("Try again from " + dates.format(clock.instant().plus(Duration.ofMinutes(15)), Locale.ENGLISH));
    }

    @Test
    void failuresFromEveryAddressCountAgainstTheAccount() {
        for (int i = 1; i <= 5; i++) {
            new BrowserSession(port).from(address()).submitSignIn(account, "wrong " + i);
        }

        HttpResponse<String> fromElsewhere = new BrowserSession(port).from(address()).submitSignIn(account, PASSWORD);

        assertThat(location(fromElsewhere)).endsWith("/login?locked");
    }

    @Test
    void twentyFailuresLockTheAddressForEveryAccount() {
        String address = address();
        for (int i = 1; i <= 20; i++) {
            new BrowserSession(port).from(address).submitSignIn("nobody-" + i + "-" + account, "guess");
        }

        HttpResponse<String> sameAddress = new BrowserSession(port).from(address).submitSignIn(account, PASSWORD);
        HttpResponse<String> otherAddress = new BrowserSession(port).from(address()).submitSignIn(account, PASSWORD);

        assertThat(location(sameAddress)).endsWith("/login?locked");
        assertThat(location(otherAddress)).endsWith("/admin");
    }

    @Test
    void anIpv6ClientRotatingThroughItsNetworkIsLockedAsOneAddress() {
        String network = "2001:db8:" + Integer.toHexString(ADDRESSES.incrementAndGet()) + ":0:";
        for (int i = 1; i <= 20; i++) {
            new BrowserSession(port).from(network + "0:0:0:" + Integer.toHexString(i))
                    .submitSignIn("nobody-" + i + "-" + account, "guess");
        }

        HttpResponse<String> sameNetwork = new BrowserSession(port).from(network + "ffff:1:2:3")
                .submitSignIn(account, PASSWORD);

        assertThat(location(sameNetwork)).endsWith("/login?locked");
    }

    @Test
    void theLockEndsAfterFifteenMinutes() {
        BrowserSession browser = new BrowserSession(port).from(address());
        for (int i = 1; i <= 5; i++) {
            browser.submitSignIn(account, "wrong " + i);
        }
        clock.advance(Duration.ofMinutes(15).minusSeconds(1));
        assertThat(location(browser.submitSignIn(account, PASSWORD))).endsWith("/login?locked");

        clock.advance(Duration.ofSeconds(1));

        assertThat(location(browser.submitSignIn(account, PASSWORD))).endsWith("/admin");
    }

    @Test
    void failuresOutsideTheWindowNoLongerCount() {
        BrowserSession browser = new BrowserSession(port).from(address());
        for (int i = 1; i <= 4; i++) {
            browser.submitSignIn(account, "wrong " + i);
        }
        clock.advance(Duration.ofMinutes(16));

        assertThat(location(browser.submitSignIn(account, "wrong again"))).endsWith("/login?error");
        assertThat(location(browser.submitSignIn(account, PASSWORD))).endsWith("/admin");
    }

    @Test
    void aSuccessfulSignInForgetsTheAccountsFailures() {
        BrowserSession browser = new BrowserSession(port).from(address());
        for (int i = 1; i <= 4; i++) {
            browser.submitSignIn(account, "wrong " + i);
        }
        assertThat(location(browser.submitSignIn(account, PASSWORD))).endsWith("/admin");

        BrowserSession later = new BrowserSession(port).from(address());
        for (int i = 1; i <= 4; i++) {
            assertThat(location(later.submitSignIn(account, "wrong " + i))).endsWith("/login?error");
        }
        assertThat(location(later.submitSignIn(account, PASSWORD))).endsWith("/admin");
    }

    @Test
    void logsEachFailureOnOneWarnLineWithoutThePassword(CapturedOutput output) {
        String address = address();
        String secret = "Tr0ub4dor&3-" + UUID.randomUUID();

        new BrowserSession(port).from(address).submitSignIn(account, secret);
        new BrowserSession(port).from(address).submitSignIn("Nobody\r\nforged=line", secret);

        assertThat(output.getAll()).doesNotContain(secret).doesNotContain("\nforged=line");
        assertThat(output.getAll().lines()
                .filter(line -> line.contains("event=sign-in.failed account=" + account + " address=" + address))
                .toList()).singleElement().satisfies(line -> assertThat(line).contains("WARN").endsWith("reason=bad-password"));
        assertThat(output.getAll()).contains("event=sign-in.failed account=nobody??forged?line address=" + address
                + " reason=unknown-account");
    }

    @Test
    void theLoopbackProxyIsTrustedWithTheClientAddressAndScheme(CapturedOutput output) {
        String address = address();

        new BrowserSession(port).from(address).submitSignIn(account, "wrong");
        HttpResponse<String> overHttps = new Http(port).get("/login", "X-Forwarded-For", address, "X-Forwarded-Proto", "https");

        assertThat(output.getAll()).contains("event=sign-in.failed account=" + account + " address=" + address + " reason=bad-password");
        assertThat(overHttps.headers().firstValue("Strict-Transport-Security")).as("secure, as the proxy says").isPresent();
    }

    /**
     * The tool trusts forwarded headers only from the proxies in {@code PLUME_TRUSTED_PROXIES}; the
     * test client (loopback) is not one of them here, so what it says in them is ignored.
     */
    @Nested
    @TestPropertySource(properties = "PLUME_TRUSTED_PROXIES=192.0.2.1")
    class FromAClientThatIsNotATrustedProxy {

        private static final List<SignInSubject> LOOPBACK = List.of(
                SignInSubject.address("127.0.0.1"), SignInSubject.address("0:0:0:0:0:0:0:1"));

        @LocalServerPort
        int untrustedPort;
        @Autowired
        JdbcSignInFailures failures;

        @BeforeEach
        @AfterEach
        void forgetTheLoopbackAddress() {
            LOOPBACK.forEach(failures::reset);
        }

        @Test
        void aRotatingForwardedForDoesNotEscapeTheAddressLock(CapturedOutput output) {
            for (int i = 1; i <= 20; i++) {
                new BrowserSession(untrustedPort).from(address()).submitSignIn("nobody-" + i + "-" + account, "guess");
            }
            String forged = address();

            HttpResponse<String> rightPassword = new BrowserSession(untrustedPort).from(forged).submitSignIn(account, PASSWORD);

            assertThat(location(rightPassword)).endsWith("/login?locked");
            assertThat(output.getAll().lines().filter(line -> line.contains("account=nobody-1-" + account + " ")))
                    .singleElement().asString().containsPattern("address=(127\\.0\\.0\\.1|0:0:0:0:0:0:0:1) ");
            assertThat(output.getAll()).doesNotContainPattern("(?m)address=" + Pattern.quote(forged) + "(\\s|$)");
        }

        @Test
        void aForwardedSchemeIsIgnored() {
            HttpResponse<String> page = new Http(untrustedPort).get("/login", "X-Forwarded-Proto", "https");

            assertThat(page.statusCode()).isEqualTo(200);
            assertThat(page.headers().firstValue("Strict-Transport-Security")).isEmpty();
        }
    }

    private static String location(HttpResponse<String> response) {
        assertThat(response.statusCode()).isEqualTo(302);
        return response.headers().firstValue("Location").orElseThrow();
    }

    /** A client address of a documentation range (RFC 5737) that no other test has used. */
    private static String address() {
        int n = ADDRESSES.incrementAndGet();
        return "198.51." + (n / 250) + "." + (n % 250 + 1);
    }
}
