package fr.plume.tool.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import jakarta.servlet.FilterChain;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.servlet.ModelAndView;

/**
 * The exam-start storm (issue 18): launches and attempt starts take their turn, a few at a time
 * per node, while the candidates already writing go straight through; one that waited its whole
 * limit gets the retry page before anything of it ran.
 */
class AdmissionGateTest {

    private static final AdmissionRoute LAUNCH = new AdmissionRoute("POST", "/lti/launch");
    private static final AdmissionRoute START = new AdmissionRoute("POST", "/app/attempts");

    private final CountDownLatch launchRunning = new CountDownLatch(1);
    private final CountDownLatch releaseLaunch = new CountDownLatch(1);

    @AfterEach
    void releaseHeldLaunch() {
        releaseLaunch.countDown();
    }

    @Test
    void anAnswerGoesThroughWhileEveryAdmissionSlotIsTaken() throws Exception {
        AdmissionGate gate = new AdmissionGate(List.of(LAUNCH, START), 1, Duration.ofSeconds(30), 100);
        CompletableFuture<Void> held = holdOneLaunch(gate);
        AtomicBoolean answered = new AtomicBoolean();

        gate.doFilter(request("POST", "/app/attempts/42/answer"), new MockHttpServletResponse(),
                (req, res) -> answered.set(true));

        assertThat(answered).isTrue();
        releaseLaunch.countDown();
        held.get(5, TimeUnit.SECONDS);
    }

    @Test
    void aSecondAdmissionWaitsForTheFirstThenRuns() throws Exception {
        AdmissionGate gate = new AdmissionGate(List.of(LAUNCH, START), 1, Duration.ofSeconds(30), 100);
        CompletableFuture<Void> held = holdOneLaunch(gate);
        AtomicBoolean started = new AtomicBoolean();
        CompletableFuture<Void> second = CompletableFuture.runAsync(() -> filter(gate,
                request("POST", "/app/attempts"), new MockHttpServletResponse(), (req, res) -> started.set(true)));

        awaitWaiting(gate, 1);
        assertThat(started).isFalse();
        releaseLaunch.countDown();
        second.get(5, TimeUnit.SECONDS);

        assertThat(started).isTrue();
        assertThat(gate.waiting()).isZero();
        held.get(5, TimeUnit.SECONDS);
    }

    @Test
    void anAdmissionThatWaitedItsWholeLimitGetsTheRetryPageUnprocessed() throws Exception {
        AdmissionGate gate = new AdmissionGate(List.of(LAUNCH), 1, Duration.ofMillis(50), 100);
        holdOneLaunch(gate);
        AtomicBoolean processed = new AtomicBoolean();
        MockHttpServletRequest second = request("POST", "/lti/launch");
        MockHttpServletResponse response = new MockHttpServletResponse();

        gate.doFilter(second, response, (req, res) -> processed.set(true));

        assertThat(processed).isFalse();
        assertThat(response.getForwardedUrl()).isEqualTo("/error");
        assertThat(response.getHeader("Retry-After")).isEqualTo(AdmissionGate.RETRY_AFTER_SECONDS);
        ErrorPages errorPages = new ErrorPages(new ProblemResponses(MessageBundles.messages(), new SimpleMeterRegistry()));
        ModelAndView page = (ModelAndView) errorPages.error(second, response);
        assertThat(page.getStatus().value()).isEqualTo(503);
        assertThat(page.getModel()).containsEntry("code", "PLUME-BUSY")
                .containsEntry("problemTitle", "Plume est très sollicité");
        assertThat((String) page.getModel().get("advice")).contains("Rien de ce que vous aviez enregistré n’est perdu");
    }

    @Test
    void onceTheQueueIsFullTheNextAdmissionGetsTheRetryPageAtOnce() throws Exception {
        AdmissionGate gate = new AdmissionGate(List.of(LAUNCH, START), 1, Duration.ofSeconds(30), 1);
        CompletableFuture<Void> held = holdOneLaunch(gate);
        CompletableFuture<Void> queued = CompletableFuture.runAsync(() -> filter(gate,
                request("POST", "/app/attempts"), new MockHttpServletResponse(), (req, res) -> { }));
        awaitWaiting(gate, 1);
        AtomicBoolean processed = new AtomicBoolean();
        MockHttpServletResponse response = new MockHttpServletResponse();

        long started = System.nanoTime();
        gate.doFilter(request("POST", "/lti/launch"), response, (req, res) -> processed.set(true));

        assertThat(processed).isFalse();
        assertThat(TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - started)).as("refused without waiting 30 s")
                .isLessThan(5);
        assertThat(response.getForwardedUrl()).isEqualTo("/error");
        assertThat(response.getHeader("Retry-After")).isEqualTo(AdmissionGate.RETRY_AFTER_SECONDS);
        releaseLaunch.countDown();
        queued.get(5, TimeUnit.SECONDS);
        held.get(5, TimeUnit.SECONDS);
    }

    @Test
    void aLaunchOpenedWithGetIsNotAnAdmission() throws Exception {
        AdmissionGate gate = new AdmissionGate(List.of(LAUNCH), 1, Duration.ofMillis(10), 100);
        holdOneLaunch(gate);
        AtomicBoolean passed = new AtomicBoolean();

        gate.doFilter(request("GET", "/lti/launch"), new MockHttpServletResponse(), (req, res) -> passed.set(true));

        assertThat(passed).isTrue();
    }

    private CompletableFuture<Void> holdOneLaunch(AdmissionGate gate) throws InterruptedException {
        CompletableFuture<Void> held = CompletableFuture.runAsync(() -> filter(gate, request("POST", "/lti/launch"),
                new MockHttpServletResponse(), (req, res) -> {
                    launchRunning.countDown();
                    await(releaseLaunch);
                }));
        assertThat(launchRunning.await(5, TimeUnit.SECONDS)).isTrue();
        return held;
    }

    private static void filter(AdmissionGate gate, MockHttpServletRequest request, MockHttpServletResponse response,
            FilterChain chain) {
        try {
            gate.doFilter(request, response, chain);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static void awaitWaiting(AdmissionGate gate, int count) throws InterruptedException {
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (gate.waiting() < count && System.nanoTime() < until) {
            Thread.sleep(5);
        }
        assertThat(gate.waiting()).isEqualTo(count);
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static MockHttpServletRequest request(String method, String path) {
        MockHttpServletRequest request = new MockHttpServletRequest(method, path);
        request.setServletPath(path);
        request.addHeader("Accept", "text/html");
        request.addPreferredLocale(Locale.FRENCH);
        return request;
    }
}
