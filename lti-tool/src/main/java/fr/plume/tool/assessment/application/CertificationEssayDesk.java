package fr.plume.tool.assessment.application;

import fr.plume.tool.assessment.api.CertificationEssays;
import fr.plume.tool.assessment.domain.EssayMarks;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Tells the certification jury where the double marking of a certifying attempt's essays stands. */
@Component
public class CertificationEssayDesk implements CertificationEssays {

    private final EssayMarks marks;

    CertificationEssayDesk(EssayMarks marks) {
        this.marks = marks;
    }

    @Override
    @Transactional(readOnly = true)
    public Marking marking(UUID memberId, UUID attemptId) {
        EssayMarks.AttemptMarking marking = marks.ofAttempt(memberId, attemptId);
        return new Marking(marking.essays(), marking.decided(), marking.awaitingThird(), marking.decidedLevels());
    }
}
