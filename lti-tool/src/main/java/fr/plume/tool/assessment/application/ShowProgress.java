package fr.plume.tool.assessment.application;

import fr.plume.tool.assessment.domain.Attempt;
import fr.plume.tool.assessment.domain.Attempts;
import fr.plume.tool.assessment.domain.CompetencyResult;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Where a student stands: their attempts (newest first) and their mastery per competency. */
@Component
public class ShowProgress {

    private final Attempts attempts;

    public ShowProgress(Attempts attempts) {
        this.attempts = attempts;
    }

    public record Progress(List<Attempt> attempts, List<CompetencyResult> mastery) {

        public List<Attempt> inProgress() {
            return attempts.stream().filter(Attempt::inProgress).toList();
        }

        /** The latest finished attempts, at most {@code limit}. */
        public List<Attempt> finished(int limit) {
            return attempts.stream().filter(a -> !a.inProgress()).limit(limit).toList();
        }
    }

    @Transactional(readOnly = true)
    public Progress of(Student student) {
        return new Progress(attempts.ofUser(student.memberId(), student.userId()),
                attempts.mastery(student.memberId(), student.userId()));
    }
}
