package fr.plume.tool.assessment.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.plume.tool.assessment.api.CertificationEssayMarked;
import fr.plume.tool.assessment.domain.Attempt;
import fr.plume.tool.assessment.domain.Essay;
import fr.plume.tool.assessment.engine.cat.TestMode;
import fr.plume.tool.shared.domain.PlumeProblemException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Double marking of a certifying attempt's essay (rubric 4 + 6 points, levels in six bands of the
 * 10 points), on in-memory ports: two different markers, never the writer, each once; a gap of
 * more than one level goes to a third marker; every mark is announced for the audit log.
 */
class MarkCertificationEssayTest {

    private final InMemoryAssessment assessment = new InMemoryAssessment();
    private final List<Object> events = new ArrayList<>();
    private final MarkEssay markEssay = new MarkEssay(assessment.essays, assessment.catalog, assessment.clock,
            assessment.essayMarks, new MarkCertificationEssay(assessment.essayMarks, assessment.essays, events::add,
                    assessment.clock));
    private final ListEssaysToMark list = new ListEssaysToMark(assessment.essays, assessment.essayMarks);
    private final Student student = new Student(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(),
            UUID.randomUUID(), Map.of());
    private final MarkEssay.Marker first = marker();
    private final MarkEssay.Marker second = marker();
    private final MarkEssay.Marker third = marker();

    private MarkEssay.Marker marker() {
        return new MarkEssay.Marker(student.memberId(), student.contextId(), UUID.randomUUID());
    }

    private Essay certifyingEssay() {
        Attempt attempt = assessment.startAttempt.start(student, TestMode.FORMATIVE, Set.of("1.1"), true);
        CurrentItem.ToAnswer essay = (CurrentItem.ToAnswer) assessment.showNextItem.show(student, attempt.id());
        assessment.recordAnswer.record(student, attempt.id(), essay.shown().token(),
                Map.of("essay", List.of("Un texte assez long pour être lu par quelqu’un.")));
        assessment.essayMarks.certifying.add(attempt.id());
        return assessment.essays.essays.get(0);
    }

    private Essay current() {
        return assessment.essays.essays.get(0);
    }

    private List<String> stages() {
        return events.stream().map(e -> ((CertificationEssayMarked) e).stage()).toList();
    }

    @Test
    void oneMarkDecidesNothingAndTwoMarksWithinALevelGiveTheirMean() {
        Essay essay = certifyingEssay();

        markEssay.mark(first, essay.attemptId(), essay.position(), List.of("3", "3"));
        assertThat(current().marked()).as("one mark is not the essay's mark").isFalse();
        markEssay.mark(second, essay.attemptId(), essay.position(), List.of("3", "4"));

        assertThat(current().marks().points()).as("criterion by criterion, halves up").containsExactly(3, 4);
        assertThat(current().marks().total()).isEqualTo(7);
        assertThat(stages()).containsExactly("AWAITING_SECOND", "FINAL");
        assertThat(((CertificationEssayMarked) events.get(1)).finalLevel()).isEqualTo(5);
    }

    @Test
    void rejectsSameMarkerTwice() {
        Essay essay = certifyingEssay();
        markEssay.mark(first, essay.attemptId(), essay.position(), List.of("1", "1"));

        assertThatThrownBy(() -> markEssay.mark(first, essay.attemptId(), essay.position(), List.of("4", "6")))
                .isInstanceOfSatisfying(PlumeProblemException.class,
                        refused -> assertThat(refused.code()).isEqualTo("ASSESSMENT-ESSAY-SAME-MARKER"));
        assertThat(assessment.essayMarks.lockMarks(student.memberId(), essay.attemptId(), essay.position())).hasSize(1);
        assertThat(current().marked()).isFalse();
    }

    @Test
    void rejectsTheCandidateMarkingTheirOwnEssay() {
        Essay essay = certifyingEssay();
        MarkEssay.Marker writer = new MarkEssay.Marker(student.memberId(), student.contextId(), essay.userId());

        assertThatThrownBy(() -> markEssay.mark(writer, essay.attemptId(), essay.position(), List.of("4", "6")))
                .isInstanceOfSatisfying(PlumeProblemException.class,
                        refused -> assertThat(refused.code()).isEqualTo("ASSESSMENT-ESSAY-OWN"));
        assertThat(list.of(writer).toMark()).as("nor is it listed to them").isEmpty();
    }

    @Test
    void sendsLargeGapToThirdMarker() {
        Essay essay = certifyingEssay();
        markEssay.mark(first, essay.attemptId(), essay.position(), List.of("0", "0"));
        markEssay.mark(second, essay.attemptId(), essay.position(), List.of("4", "6"));

        assertThat(current().marked()).as("levels 1 and 6: no mark yet").isFalse();
        assertThat(list.of(first).toMark()).isEmpty();
        assertThat(list.of(second).toMark()).isEmpty();
        assertThat(list.of(third).toMark()).singleElement().satisfies(e -> assertThat(list.of(third).isDoubleMarked(e)).isTrue());

        markEssay.mark(third, essay.attemptId(), essay.position(), List.of("4", "5"));

        assertThat(current().marks().points()).as("the mean of the two closest: 10 and 9").containsExactly(4, 6);
        assertThat(stages()).containsExactly("AWAITING_SECOND", "AWAITING_THIRD", "FINAL");
        assertThatThrownBy(() -> markEssay.mark(marker(), essay.attemptId(), essay.position(), List.of("1", "1")))
                .isInstanceOfSatisfying(PlumeProblemException.class,
                        refused -> assertThat(refused.code()).isEqualTo("ASSESSMENT-ESSAY-MARKING-COMPLETE"));
    }

    @Test
    void theSecondMarkerIsListedTheEssayWithoutTheFirstMarkAndTheFirstNoLonger() {
        Essay essay = certifyingEssay();
        markEssay.mark(first, essay.attemptId(), essay.position(), List.of("2", "2"));

        assertThat(list.of(first).toMark()).isEmpty();
        assertThat(list.of(second).toMark()).singleElement().satisfies(e -> assertThat(e.marks()).isNull());
    }
}
