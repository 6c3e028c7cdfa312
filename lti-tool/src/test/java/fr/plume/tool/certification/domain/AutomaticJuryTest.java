package fr.plume.tool.certification.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class AutomaticJuryTest {

    private static final Instant START = Instant.parse("2026-12-05T09:00:00Z");

    private static List<Instant> answersEveryMinute(int count) {
        return IntStream.range(0, count).mapToObj(i -> START.plusSeconds(60L * (i + 1))).toList();
    }

    private static Incident incident(IncidentKind kind, int fromMinute, int toMinute) {
        return new Incident(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), kind, "",
                START.plusSeconds(60L * fromMinute), START.plusSeconds(60L * toMinute), "invigilator");
    }

    @Test
    void aValidSittingGoesToTheOfficer() {
        assertThat(AutomaticJury.judge(true, true, answersEveryMinute(40), List.of()))
                .isEqualTo(new AutomaticJury.Verdict(Decision.TO_REVIEW, null, 0));
    }

    @Test
    void itemsAnsweredDuringATechnicalIncidentAreNeutralisedAndCanLeaveTooFewAnswers() {
        assertThat(AutomaticJury.judge(true, true, answersEveryMinute(40), List.of(incident(IncidentKind.TECHNICAL, 1, 5))))
                .isEqualTo(new AutomaticJury.Verdict(Decision.TO_REVIEW, null, 5));
        assertThat(AutomaticJury.judge(true, true, answersEveryMinute(33), List.of(incident(IncidentKind.TECHNICAL, 10, 14))))
                .isEqualTo(new AutomaticJury.Verdict(Decision.NO_CERTIFICATE, "TOO_FEW_ANSWERS", 5));
    }

    @Test
    void otherIncidentsNeutraliseNothing() {
        assertThat(AutomaticJury.judge(true, true, answersEveryMinute(30), List.of(
                incident(IncidentKind.SUSPECTED_FRAUD, 1, 20), incident(IncidentKind.IDENTITY, 1, 20))).decision())
                .isEqualTo(Decision.TO_REVIEW);
    }

    @Test
    void absentOrInvalidGetsNoCertificate() {
        assertThat(AutomaticJury.judge(false, false, List.of(), List.of()).reason()).isEqualTo("ABSENT");
        assertThat(AutomaticJury.judge(true, false, answersEveryMinute(12), List.of()).reason()).isEqualTo("TOO_FEW_ANSWERS");
        assertThat(AutomaticJury.judge(true, false, answersEveryMinute(35), List.of()).reason()).isEqualTo("NO_VALID_RESULT");
    }
}
