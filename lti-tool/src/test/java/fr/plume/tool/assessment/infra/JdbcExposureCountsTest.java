package fr.plume.tool.assessment.infra;

import static org.assertj.core.api.Assertions.assertThat;

import fr.plume.tool.assessment.domain.ExposureCounts;
import fr.plume.tool.assessment.engine.cat.TestMode;
import fr.plume.tool.support.PlumeIntegrationTest;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Running exposure counts in PostgreSQL: per mode, incremented in place, read by threshold. */
@PlumeIntegrationTest
class JdbcExposureCountsTest {

    @Autowired
    ExposureCounts counts;

    @Test
    void countsCandidatesAndGivenItemsPerModeAndFindsTheItemsAtAThreshold() {
        String often = UUID.randomUUID().toString();
        String once = UUID.randomUUID().toString();
        long certificationBefore = counts.candidates(TestMode.CERTIFICATION);
        long diagnosticBefore = counts.candidates(TestMode.DIAGNOSTIC);

        counts.countCandidate(TestMode.CERTIFICATION);
        counts.countCandidate(TestMode.CERTIFICATION);
        for (int i = 0; i < 3; i++) {
            counts.countGiven(TestMode.CERTIFICATION, often);
        }
        counts.countGiven(TestMode.CERTIFICATION, once);
        counts.countGiven(TestMode.DIAGNOSTIC, often);

        assertThat(counts.candidates(TestMode.CERTIFICATION)).isEqualTo(certificationBefore + 2);
        assertThat(counts.candidates(TestMode.DIAGNOSTIC)).isEqualTo(diagnosticBefore);
        assertThat(counts.givenAtLeast(TestMode.CERTIFICATION, 3)).contains(often).doesNotContain(once);
        assertThat(counts.givenAtLeast(TestMode.CERTIFICATION, 1)).contains(often, once);
        assertThat(counts.givenAtLeast(TestMode.DIAGNOSTIC, 2)).doesNotContain(often);
    }
}
