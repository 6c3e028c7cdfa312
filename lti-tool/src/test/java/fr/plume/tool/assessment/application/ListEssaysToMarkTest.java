package fr.plume.tool.assessment.application;

import static org.assertj.core.api.Assertions.assertThat;

import fr.plume.tool.assessment.domain.Essay;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The essays of one course still to mark, on in-memory ports. */
class ListEssaysToMarkTest {

    private final InMemoryAssessment.InMemoryEssays essays = new InMemoryAssessment.InMemoryEssays();
    private final UUID member = UUID.randomUUID();
    private final UUID course = UUID.randomUUID();

    private Essay essay(UUID memberId, UUID contextId, Essay.Marks marks) {
        Essay essay = new Essay(UUID.randomUUID(), 1, memberId, UUID.randomUUID(), contextId, UUID.randomUUID(),
                "Un texte.", 2, Instant.parse("2026-03-01T10:00:00Z"), marks);
        essays.insert(essay);
        return essay;
    }

    @Test
    void onlyTheCoursesUnmarkedEssaysAreListedAndItsMarkedOnesCounted() {
        Essay toMark = essay(member, course, null);
        essay(member, course, new Essay.Marks(List.of(1), 1, 4, UUID.randomUUID(), Instant.now()));
        essay(member, UUID.randomUUID(), null);
        essay(UUID.randomUUID(), course, null);

        ListEssaysToMark.EssaysToMark listed = new ListEssaysToMark(essays, new InMemoryAssessment.InMemoryEssayMarks(essays))
                .of(new MarkEssay.Marker(member, course, UUID.randomUUID()));

        assertThat(listed.toMark()).containsExactly(toMark);
        assertThat(listed.markedCount()).isEqualTo(1);
    }
}
