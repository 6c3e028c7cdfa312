package fr.plume.tool.psychometrics.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.plume.tool.psychometrics.domain.CalibrationRuns;
import fr.plume.tool.psychometrics.domain.RunKind;
import fr.plume.tool.psychometrics.domain.RunStatus;
import fr.plume.tool.psychometrics.domain.StoredRun;
import fr.plume.tool.shared.domain.PlumeProblemException;
import fr.plume.tool.support.PlumeIntegrationTest;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@PlumeIntegrationTest
class RequestCalibrationTest {

    private static final Instant FROM = Instant.parse("2019-01-01T00:00:00Z");
    private static final Instant TO = Instant.parse("2019-02-01T00:00:00Z");

    @Autowired
    RequestCalibration request;
    @Autowired
    CalibrationRuns runs;

    @Test
    void recordsTheRequestedWindowAndSettingsAsAQueuedRun() {
        UUID id = request.request(RunKind.RECALIBRATION, FROM, TO, 300, "psychometrician@test");

        StoredRun run = runs.find(id).orElseThrow();
        assertThat(run.status()).isEqualTo(RunStatus.QUEUED);
        assertThat(run.kind()).isEqualTo(RunKind.RECALIBRATION);
        assertThat(run.dataFrom()).isEqualTo(FROM);
        assertThat(run.dataTo()).isEqualTo(TO);
        assertThat(run.minResponses()).isEqualTo(300);
        assertThat(run.requestedBy()).isEqualTo("psychometrician@test");
        assertThat(run.version()).startsWith("rc-");
    }

    @Test
    void refusesAnEmptyDataWindowAndTooFewResponses() {
        assertThatThrownBy(() -> request.request(RunKind.FIXED_ANCHOR, TO, FROM, 200, "p"))
                .isInstanceOfSatisfying(PlumeProblemException.class, e -> assertThat(e.code()).isEqualTo("PSY-WINDOW"));
        assertThatThrownBy(() -> request.request(RunKind.FIXED_ANCHOR, FROM, TO, 10, "p"))
                .isInstanceOfSatisfying(PlumeProblemException.class,
                        e -> assertThat(e.code()).isEqualTo("PSY-MIN-RESPONSES"));
    }
}
