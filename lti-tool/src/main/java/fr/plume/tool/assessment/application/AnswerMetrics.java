package fr.plume.tool.assessment.application;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.stereotype.Component;

/** {@code plume.answers.saved}: answers this node saved (committed), essays included. */
@Component
public class AnswerMetrics {

    private final Counter saved;

    AnswerMetrics(MeterRegistry registry) {
        this.saved = Counter.builder("plume.answers.saved")
                .description("Answers saved by this node (committed), essays included").register(registry);
    }

    public void saved() {
        saved.increment();
    }
}
