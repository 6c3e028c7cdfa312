package fr.plume.tool.sync.application;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.stereotype.Component;

/** {@code plume.sync.runs{result=succeeded|failed}}: Moodle sync runs this node finished. */
@Component
public class SyncMetrics {

    private final Counter succeeded;
    private final Counter failed;

    SyncMetrics(MeterRegistry registry) {
        this.succeeded = counter(registry, "succeeded");
        this.failed = counter(registry, "failed");
    }

    private static Counter counter(MeterRegistry registry, String result) {
        return Counter.builder("plume.sync.runs").tag("result", result)
                .description("Sync runs finished by this node, by result").register(registry);
    }

    void finished(boolean withFailures) {
        (withFailures ? failed : succeeded).increment();
    }
}
