package fr.plume.tool.assessment;

import fr.plume.tool.assessment.api.AttemptCompleted;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.event.EventListener;

/** Records AttemptCompleted as it is published, in the completing transaction's thread. */
class CompletedAttempts {

    final List<AttemptCompleted> events = new CopyOnWriteArrayList<>();

    @EventListener
    void on(AttemptCompleted event) {
        events.add(event);
    }

    /** Import this to get a recorder bean in a test's context. */
    @TestConfiguration(proxyBeanMethods = false)
    static class Config {
        @Bean
        CompletedAttempts completedAttempts() {
            return new CompletedAttempts();
        }
    }
}
