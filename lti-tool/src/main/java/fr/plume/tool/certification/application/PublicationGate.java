package fr.plume.tool.certification.application;

import fr.plume.tool.assessment.api.CertificationEssays;
import fr.plume.tool.certification.domain.Candidate;
import fr.plume.tool.certification.domain.MemberJuries;
import fr.plume.tool.certification.domain.MemberJuryDecision;
import fr.plume.tool.certification.domain.MemberJuryVerdict;
import fr.plume.tool.shared.domain.PlumeProblemException;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * What must happen before the officer may publish a candidate the automatic jury found valid
 * (issue 17): every essay of the attempt has its decided mark (double marking), and the member
 * university's jury endorsed the candidate and closed its jury for the session. With
 * {@code plume.certification.member-jury-required=false} the officer need not wait for member
 * juries, but a deferral by a member jury that closed is still respected.
 */
@Component
public class PublicationGate {

    public static final String ESSAYS_UNMARKED = "CERTIFICATION-ESSAYS-UNMARKED";
    public static final String JURY_PENDING = "CERTIFICATION-MEMBER-JURY-PENDING";
    public static final String JURY_DEFERRED = "CERTIFICATION-MEMBER-JURY-DEFERRED";

    /** Where a candidate stands before publication, as the officer's queue shows it. */
    public record Standing(CertificationEssays.Marking essays, Optional<MemberJuryDecision> memberJury,
            boolean juryClosed, boolean juryRequired) {

        /** The problem code that stops publication now, or empty when the candidate may be published. */
        public Optional<String> blocker() {
            if (!essays.complete()) {
                return Optional.of(ESSAYS_UNMARKED);
            }
            boolean deferred = memberJury.filter(d -> d.verdict() == MemberJuryVerdict.DEFERRED).isPresent();
            if (deferred && (juryClosed || juryRequired)) {
                return Optional.of(JURY_DEFERRED);
            }
            if (juryRequired && (!juryClosed || memberJury.isEmpty())) {
                return Optional.of(JURY_PENDING);
            }
            return Optional.empty();
        }

        public boolean awaitingMarking() {
            return !essays.complete();
        }
    }

    private final CertificationEssays essays;
    private final MemberJuries juries;
    private final boolean juryRequired;

    PublicationGate(CertificationEssays essays, MemberJuries juries,
            @Value("${plume.certification.member-jury-required:true}") boolean juryRequired) {
        this.essays = essays;
        this.juries = juries;
        this.juryRequired = juryRequired;
    }

    public Standing standing(Candidate candidate) {
        CertificationEssays.Marking marking = candidate.attemptId() == null ? CertificationEssays.Marking.none()
                : essays.marking(candidate.memberId(), candidate.attemptId());
        return new Standing(marking, juries.of(candidate.memberId(), candidate.id()),
                juries.closedAt(candidate.memberId(), candidate.sessionId()).isPresent(), juryRequired);
    }

    public boolean juryRequired() {
        return juryRequired;
    }

    void requirePublishable(Candidate candidate) {
        standing(candidate).blocker().ifPresent(code -> {
            throw new PlumeProblemException(code, 409);
        });
    }
}
