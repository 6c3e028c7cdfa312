package fr.plume.tool.assessment.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.plume.tool.assessment.domain.Attempt;
import fr.plume.tool.assessment.domain.Essay;
import fr.plume.tool.assessment.engine.cat.TestMode;
import fr.plume.tool.shared.domain.PlumeProblemException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A teacher marks an essay with its item's rubric (4 + 6 points here), on in-memory ports. */
class MarkEssayTest {

    private final InMemoryAssessment assessment = new InMemoryAssessment();
    private final MarkEssay markEssay = new MarkEssay(assessment.essays, assessment.catalog, assessment.clock,
            assessment.essayMarks, new MarkCertificationEssay(assessment.essayMarks, assessment.essays, e -> { },
                    assessment.clock));
    private final Student student = new Student(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(),
            UUID.randomUUID(), Map.of());
    private final MarkEssay.Marker teacher = new MarkEssay.Marker(student.memberId(), student.contextId(),
            UUID.randomUUID());

    private Essay written() {
        Attempt attempt = assessment.startAttempt.start(student, TestMode.FORMATIVE, Set.of("1.1"), true);
        CurrentItem.ToAnswer essay = (CurrentItem.ToAnswer) assessment.showNextItem.show(student, attempt.id());
        assessment.recordAnswer.record(student, attempt.id(), essay.shown().token(),
                Map.of("essay", List.of("Un texte assez long pour être lu par quelqu’un.")));
        return assessment.essays.essays.get(0);
    }

    @Test
    void marksAreSavedWithTheMarkerAndTheTime() {
        Essay essay = written();

        MarkEssay.Outcome outcome = markEssay.mark(teacher, essay.attemptId(), essay.position(), List.of("3", " 5 "));

        assertThat(outcome).isEqualTo(new MarkEssay.Marked(8, 10));
        Essay marked = assessment.essays.essays.get(0);
        assertThat(marked.marks()).isEqualTo(new Essay.Marks(List.of(3, 5), 8, 10, teacher.userId(),
                Instant.now(assessment.clock)));
        assertThat(new ListEssaysToMark(assessment.essays, assessment.essayMarks).of(teacher))
                .isEqualTo(new ListEssaysToMark.EssaysToMark(List.of(), 1, Set.of()));
    }

    @Test
    void aMissingOrOutOfRangeMarkSavesNothing() {
        Essay essay = written();

        assertThat(markEssay.mark(teacher, essay.attemptId(), essay.position(), List.of("3")))
                .isEqualTo(new MarkEssay.Refused("assessment.marking.missing"));
        assertThat(markEssay.mark(teacher, essay.attemptId(), essay.position(), List.of("3", "")))
                .isEqualTo(new MarkEssay.Refused("assessment.marking.missing"));
        assertThat(markEssay.mark(teacher, essay.attemptId(), essay.position(), List.of("5", "1")))
                .isEqualTo(new MarkEssay.Refused("assessment.marking.range"));
        assertThat(markEssay.mark(teacher, essay.attemptId(), essay.position(), List.of("1", "sept")))
                .isEqualTo(new MarkEssay.Refused("assessment.marking.range"));
        assertThat(assessment.essays.essays.get(0).marked()).isFalse();
    }

    @Test
    void anEssayOfAnotherCourseIsNotFound() {
        Essay essay = written();
        MarkEssay.Marker elsewhere = new MarkEssay.Marker(teacher.memberId(), UUID.randomUUID(), teacher.userId());

        assertThatThrownBy(() -> markEssay.mark(elsewhere, essay.attemptId(), essay.position(), List.of("1", "1")))
                .isInstanceOfSatisfying(PlumeProblemException.class,
                        refused -> assertThat(refused.code()).isEqualTo("ASSESSMENT-ESSAY-NOT-FOUND"));
    }
}
