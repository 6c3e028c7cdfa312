package fr.plume.tool.lti.application;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.stereotype.Component;

/**
 * {@code plume.launches{outcome=accepted|refused}}: resource link and deep linking launches
 * this node answered (the refusal's reason code is counted in {@code plume.problems}).
 */
@Component
public class LaunchMetrics {

    private final Counter accepted;
    private final Counter refused;

    LaunchMetrics(MeterRegistry registry) {
        this.accepted = counter(registry, "accepted");
        this.refused = counter(registry, "refused");
    }

    private static Counter counter(MeterRegistry registry, String outcome) {
        return Counter.builder("plume.launches").tag("outcome", outcome)
                .description("LTI launches answered by this node, by outcome").register(registry);
    }

    public void accepted() {
        accepted.increment();
    }

    public void refused() {
        refused.increment();
    }
}
