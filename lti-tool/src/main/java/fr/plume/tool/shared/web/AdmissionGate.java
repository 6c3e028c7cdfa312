package fr.plume.tool.shared.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Lets at most a fixed number of admissions ({@link AdmissionRoute}s: launches, the landing page,
 * attempt starts) run at once on this node; the others wait their turn in arrival order. When a whole country starts
 * an exam within a minute, the launches would otherwise take every core and every database
 * connection, and the candidates already writing would wait seconds for an answer to be saved:
 * with the gate their requests go ahead of the queue, and the arrivals are served as fast as the
 * node can, one small group at a time. A request that waited longer than the limit gets the retry
 * page (503, {@code PLUME-BUSY}, {@code Retry-After}) before any of it is processed: nothing is
 * half-done, and a launch sent again from Moodle goes through. The queue is bounded too: a waiting
 * admission holds one of the server's worker threads, so once {@code maxWaiting} wait, the next
 * gets the retry page at once, and the threads the candidates' answers need stay free.
 *
 * <p>Per node on purpose: it protects this node's cores, which no other node shares.
 */
final class AdmissionGate extends HttpFilter {

    static final String CODE = "PLUME-BUSY";

    /** Seconds a browser should wait before trying again once a launch waited its whole limit. */
    static final String RETRY_AFTER_SECONDS = "10";

    private static final Logger log = LoggerFactory.getLogger(AdmissionGate.class);

    private final List<AdmissionRoute> routes;
    private final Semaphore running;
    private final long maxWaitNanos;
    private final int maxWaiting;
    private final AtomicInteger waiting = new AtomicInteger();

    AdmissionGate(List<AdmissionRoute> routes, int concurrent, Duration maxWait, int maxWaiting) {
        if (concurrent < 1 || maxWaiting < 0) {
            throw new IllegalArgumentException("plume.admission.concurrent must be at least 1 and max-waiting at least"
                    + " 0, got " + concurrent + " and " + maxWaiting);
        }
        this.routes = List.copyOf(routes);
        this.running = new Semaphore(concurrent, true);
        this.maxWaitNanos = maxWait.toNanos();
        this.maxWaiting = maxWaiting;
    }

    /** Admissions waiting for their turn on this node now. */
    int waiting() {
        return waiting.get();
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!admission(request)) {
            chain.doFilter(request, response);
            return;
        }
        if (!awaitTurn()) {
            refuse(request, response);
            return;
        }
        try {
            chain.doFilter(request, response);
        } finally {
            running.release();
        }
    }

    /** Every request of the node passes here: a plain loop over the few routes, nothing allocated. */
    private boolean admission(HttpServletRequest request) {
        for (AdmissionRoute route : routes) {
            if (route.matches(request)) {
                return true;
            }
        }
        return false;
    }

    private boolean awaitTurn() {
        try {
            // A timed tryAcquire, even of zero, keeps the arrival order: no one passes those queued.
            return running.tryAcquire(0, TimeUnit.NANOSECONDS) || queueIfRoom();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private boolean queueIfRoom() throws InterruptedException {
        if (waiting.incrementAndGet() > maxWaiting) {
            waiting.decrementAndGet();
            return false;
        }
        try {
            return running.tryAcquire(maxWaitNanos, TimeUnit.NANOSECONDS);
        } finally {
            waiting.decrementAndGet();
        }
    }

    private void refuse(HttpServletRequest request, HttpServletResponse response) throws IOException, ServletException {
        RequestIds.assign(request);
        log.warn("event=admission.refused code={} status=503 path={} waiting={}", CODE,
                ProblemResponses.requestedPath(request), waiting.get());
        response.setHeader("Retry-After", RETRY_AFTER_SECONDS);
        RefusedRequests.render(request, response, HttpServletResponse.SC_SERVICE_UNAVAILABLE, CODE);
    }
}
