package fr.plume.tool.lti.ags.application;

import fr.plume.tool.lti.ags.domain.Backoff;
import fr.plume.tool.lti.ags.domain.ClaimedGrade;
import fr.plume.tool.lti.ags.domain.DeliveryOutcome;
import fr.plume.tool.lti.ags.domain.AgsSettings;
import fr.plume.tool.lti.ags.domain.PlatformScores;
import fr.plume.tool.lti.ags.domain.AgsEndpoints;
import fr.plume.tool.lti.ags.domain.AgsEndpoints.AgsLink;
import fr.plume.tool.lti.ags.domain.GradeOutbox;
import fr.plume.tool.lti.api.RegistrationView;
import fr.plume.tool.lti.domain.Registrations;
import jakarta.annotation.PreDestroy;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The outbox worker every node runs: claims due grades in a short transaction (lease, SKIP
 * LOCKED), delivers them in parallel outside any transaction, then records each outcome if it
 * still holds the lease. A node that dies mid-delivery leaves leased rows that become due again
 * when the lease ends; the stored timestamp makes the redelivery harmless.
 */
@Component
public class DrainGradeOutbox {

    private static final Logger log = LoggerFactory.getLogger(DrainGradeOutbox.class);
    /** Batches per scheduled run before yielding, so one run never holds the scheduler too long. */
    private static final int MAX_BATCHES_PER_RUN = 50;

    private final GradeOutbox outbox;
    private final AgsEndpoints endpoints;
    private final Registrations registrations;
    private final PlatformScores deliverScore;
    private final GradeMetrics metrics;
    private final AgsSettings properties;
    private final Backoff backoff;
    private final Clock clock;
    private final TransactionTemplate transaction;
    private final ExecutorService workers;
    private final OutboxPolling polling;

    DrainGradeOutbox(GradeOutbox outbox, AgsEndpoints endpoints, Registrations registrations,
            PlatformScores deliverScore, GradeMetrics metrics, AgsSettings properties, Clock clock,
            TransactionTemplate transaction, OutboxPolling polling) {
        this.polling = polling;
        this.outbox = outbox;
        this.endpoints = endpoints;
        this.registrations = registrations;
        this.deliverScore = deliverScore;
        this.metrics = metrics;
        this.properties = properties;
        this.backoff = new Backoff(properties.backoffBase(), properties.backoffMax(), properties.giveUpAfter());
        this.clock = clock;
        this.transaction = transaction;
        this.workers = Executors.newFixedThreadPool(properties.parallelism(), r -> {
            Thread t = new Thread(r, "plume-grade-delivery");
            t.setDaemon(true);
            return t;
        });
    }

    @Scheduled(initialDelayString = "${plume.ags.poll-interval:PT2S}", fixedDelayString = "${plume.ags.poll-interval:PT2S}")
    void scheduled() {
        if (!properties.workerEnabled() || !polling.due()) {
            return;
        }
        try {
            int batches = 0;
            while (batches < MAX_BATCHES_PER_RUN && drainOnce() > 0) {
                batches++;
            }
            polling.read(batches > 0);
        } catch (RuntimeException e) {
            polling.read(false);
            log.warn("event=lti.ags.drain.failed error={}", e.getClass().getSimpleName());
        }
    }

    /** Claims one batch and delivers it; returns how many grades were claimed. */
    public int drainOnce() {
        Instant now = clock.instant();
        List<ClaimedGrade> claimed = transaction.execute(
                status -> outbox.claim(now, properties.lease(), properties.batchSize()));
        if (claimed == null || claimed.isEmpty()) {
            return 0;
        }
        Map<UUID, Optional<AgsLink>> links = new HashMap<>();
        Map<UUID, Optional<RegistrationView>> platforms = new HashMap<>();
        List<Future<DeliveryOutcome>> running = new ArrayList<>(claimed.size());
        for (ClaimedGrade grade : claimed) {
            Optional<AgsLink> link = links.computeIfAbsent(grade.resourceLinkId(),
                    id -> endpoints.find(grade.memberId(), id));
            Optional<RegistrationView> platform = link.flatMap(l -> platforms.computeIfAbsent(l.registrationId(),
                    registrations::findById));
            running.add(workers.submit(() -> deliver(grade, link, platform)));
        }
        // Successes (the bulk) are recorded in one statement; the rest one by one with their reason.
        List<ClaimedGrade> delivered = new ArrayList<>();
        for (int i = 0; i < running.size(); i++) {
            ClaimedGrade grade = claimed.get(i);
            try {
                DeliveryOutcome outcome = running.get(i).get();
                if (outcome.kind() == DeliveryOutcome.Kind.DELIVERED) {
                    delivered.add(grade);
                } else {
                    record(grade, outcome);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            } catch (ExecutionException e) {
                log.warn("event=lti.ags.delivery.crashed error={}", e.getCause().getClass().getSimpleName());
                record(grade, DeliveryOutcome.retry(0, "unexpected: " + e.getCause().getClass().getSimpleName()));
            }
        }
        int held = outbox.delivered(delivered, clock.instant());
        for (int i = 0; i < held; i++) {
            metrics.delivered();
        }
        if (held < delivered.size()) {
            log.info("event=lti.ags.grade.lease-lost count={}", delivered.size() - held);
        }
        return claimed.size();
    }

    private DeliveryOutcome deliver(ClaimedGrade grade, Optional<AgsLink> link, Optional<RegistrationView> platform) {
        DeliveryOutcome outcome;
        if (link.isEmpty()) {
            outcome = DeliveryOutcome.dead(0, "AGS-NOT-AVAILABLE: no AGS endpoint known for this resource link");
        } else if (platform.isEmpty() || !(platform.get().memberId().equals(grade.memberId())
                || registrations.serves(platform.get().id(), grade.memberId()))) {
            outcome = DeliveryOutcome.dead(0, "AGS-PLATFORM-UNKNOWN: the registration is gone");
        } else {
            outcome = deliverScore.deliver(platform.get(), link.get(), grade);
        }
        return outcome;
    }

    void record(ClaimedGrade grade, DeliveryOutcome outcome) {
        Instant now = clock.instant();
        boolean held = switch (outcome.kind()) {
            case DELIVERED -> {
                boolean ok = outbox.finish(grade, "DELIVERED", outcome.httpStatus(), now);
                if (ok) {
                    metrics.delivered();
                }
                yield ok;
            }
            case SUPERSEDED -> {
                boolean ok = outbox.finish(grade, "SUPERSEDED", outcome.httpStatus(), now);
                if (ok) {
                    metrics.superseded();
                }
                yield ok;
            }
            case RETRY -> {
                Optional<Instant> next = backoff.nextAttempt(grade.attempts(), grade.queuedAt(), now,
                        () -> ThreadLocalRandom.current().nextDouble());
                if (next.isPresent()) {
                    boolean ok = outbox.retryAt(grade, next.get(), outcome.httpStatus(), outcome.detail(), now);
                    if (ok) {
                        metrics.retried();
                    }
                    yield ok;
                }
                boolean ok = outbox.dead(grade, outcome.httpStatus(), "gave up after 24 h; last: " + outcome.detail(), now);
                if (ok) {
                    metrics.dead();
                }
                yield ok;
            }
            case DEAD -> {
                boolean ok = outbox.dead(grade, outcome.httpStatus(), outcome.detail(), now);
                if (ok) {
                    metrics.dead();
                }
                yield ok;
            }
        };
        if (!held) {
            log.info("event=lti.ags.grade.lease-lost grade={} member={}", grade.id(), grade.memberId());
        } else if (outcome.kind() != DeliveryOutcome.Kind.DELIVERED) {
            log.info("event=lti.ags.grade.{} grade={} member={} attempt={} status={}",
                    outcome.kind().name().toLowerCase(java.util.Locale.ROOT), grade.id(), grade.memberId(),
                    grade.attempts(), outcome.httpStatus());
        }
    }

    @PreDestroy
    void stop() {
        workers.shutdownNow();
    }
}
