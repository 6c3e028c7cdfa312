package fr.plume.tool.assessment.infra;

import static org.assertj.core.api.Assertions.assertThat;

import fr.plume.tool.assessment.domain.PretestCounts;
import fr.plume.tool.support.PlumeIntegrationTest;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Pretest answer counts in PostgreSQL: concurrent writers (as several nodes would be) lose none. */
@PlumeIntegrationTest
class JdbcPretestCountsTest {

    @Autowired
    PretestCounts counts;

    @Test
    void concurrentAnswersAreAllCounted() throws InterruptedException {
        UUID item = UUID.randomUUID();
        ExecutorService writers = Executors.newFixedThreadPool(4);
        for (int i = 0; i < 200; i++) {
            writers.submit(() -> counts.addResponse(item));
        }
        writers.shutdown();
        assertThat(writers.awaitTermination(60, TimeUnit.SECONDS)).isTrue();

        assertThat(counts.responses()).containsEntry(item, 200);
    }
}
