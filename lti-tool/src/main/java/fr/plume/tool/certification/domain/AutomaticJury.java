package fr.plume.tool.certification.domain;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What the automatic jury decides when the centre finalises a session: the items a technical
 * incident hit are neutralised (they count for nothing), and a sitting with fewer than
 * {@link #MINIMUM_ANSWERS} answers left after that gives no certificate, as the certifying mode's
 * own validity rule says (DESIGN §6).
 */
public final class AutomaticJury {

    public static final int MINIMUM_ANSWERS = 30;

    private AutomaticJury() {
    }

    /** @param answeredAt when each answered item of the attempt was answered */
    public record Verdict(Decision decision, String reason, int neutralised) {
    }

    public static Verdict judge(boolean sat, boolean validResult, List<Instant> answeredAt, List<Incident> incidents) {
        if (!sat) {
            return new Verdict(Decision.NO_CERTIFICATE, "ABSENT", 0);
        }
        int neutralised = (int) answeredAt.stream()
                .filter(at -> incidents.stream().anyMatch(incident -> incident.neutralises(at))).count();
        int counted = answeredAt.size() - neutralised;
        if (counted < MINIMUM_ANSWERS) {
            return new Verdict(Decision.NO_CERTIFICATE, "TOO_FEW_ANSWERS", neutralised);
        }
        if (!validResult) {
            return new Verdict(Decision.NO_CERTIFICATE, "NO_VALID_RESULT", neutralised);
        }
        return new Verdict(Decision.TO_REVIEW, null, neutralised);
    }

    /** When the answers a technical incident hit were given: those items leave the score (rescoring). */
    public static Set<Instant> neutralisedAnswers(List<Instant> answeredAt, List<Incident> incidents) {
        return answeredAt.stream().filter(at -> incidents.stream().anyMatch(incident -> incident.neutralises(at)))
                .collect(Collectors.toUnmodifiableSet());
    }
}
