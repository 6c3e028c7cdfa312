package fr.plume.tool.lti.ags.application;

import fr.plume.tool.lti.ags.domain.GradeOutbox;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import org.springframework.stereotype.Component;

/**
 * Micrometer meters of the grade outbox: {@code plume.ags.grades{outcome=…}}, the backlog and how
 * long its oldest grade has waited (the gauges read PostgreSQL at each scrape: every node shows
 * the same value, alert on their maximum).
 */
@Component
public class GradeMetrics {

    private final Counter queued;
    private final Counter delivered;
    private final Counter superseded;
    private final Counter retried;
    private final Counter dead;

    GradeMetrics(MeterRegistry registry, GradeOutbox outbox, Clock clock) {
        this.queued = counter(registry, "queued");
        this.delivered = counter(registry, "delivered");
        this.superseded = counter(registry, "superseded");
        this.retried = counter(registry, "retried");
        this.dead = counter(registry, "dead");
        Gauge.builder("plume.ags.outbox.pending", outbox, o -> o.countByStatus("PENDING"))
                .description("Grades waiting for delivery (all nodes)").register(registry);
        Gauge.builder("plume.ags.outbox.dead", outbox, o -> o.countByStatus("DEAD"))
                .description("Grades in the dead letters (all nodes)").register(registry);
        Gauge.builder("plume.ags.outbox.oldest.age", outbox, o -> o.oldestPendingQueuedAt()
                        .map(queued -> Duration.between(queued, clock.instant()).toMillis() / 1000.0).orElse(0.0))
                .baseUnit("seconds").description("How long the oldest pending grade has waited (all nodes)")
                .register(registry);
    }

    private static Counter counter(MeterRegistry registry, String outcome) {
        return Counter.builder("plume.ags.grades").tag("outcome", outcome)
                .description("Grades handled by this node, by outcome").register(registry);
    }

    public void queued() {
        queued.increment();
    }

    public void delivered() {
        delivered.increment();
    }

    public void superseded() {
        superseded.increment();
    }

    public void retried() {
        retried.increment();
    }

    public void dead() {
        dead.increment();
    }

    public double count(String outcome) {
        return switch (outcome) {
            case "queued" -> queued.count();
            case "delivered" -> delivered.count();
            case "superseded" -> superseded.count();
            case "retried" -> retried.count();
            case "dead" -> dead.count();
            default -> throw new IllegalArgumentException(outcome);
        };
    }
}
