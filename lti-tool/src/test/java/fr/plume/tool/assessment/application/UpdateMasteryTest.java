package fr.plume.tool.assessment.application;

import static org.assertj.core.api.Assertions.assertThat;

import fr.plume.tool.assessment.domain.Attempt;
import fr.plume.tool.assessment.domain.AttemptStatus;
import fr.plume.tool.assessment.domain.CompetencyResult;
import fr.plume.tool.assessment.domain.ShownItem;
import fr.plume.tool.assessment.engine.ItemParameters;
import fr.plume.tool.assessment.engine.cat.TestMode;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Mastery from every practice and diagnostic answer of the student, on in-memory ports. */
class UpdateMasteryTest {

    private final InMemoryAssessment assessment = new InMemoryAssessment();
    private final UUID member = UUID.randomUUID();
    private final UUID user = UUID.randomUUID();

    private Attempt attempt(TestMode mode) {
        Instant now = Instant.now(assessment.clock);
        Attempt attempt = new Attempt(UUID.randomUUID(), member, user, null, null, mode, Set.of(), 1, false, 0,
                AttemptState.scoringVersionFor(now), now, null, AttemptStatus.IN_PROGRESS, null, null, false, null);
        assessment.attempts.insert(attempt);
        return attempt;
    }

    private void answer(Attempt attempt, int position, ItemParameters item, boolean correct) {
        assessment.clock.advance(Duration.ofSeconds(1));
        Instant now = Instant.now(assessment.clock);
        assessment.attempts.insertShown(member, new ShownItem(attempt.id(), position, UUID.fromString(item.itemId()),
                item, "prior", "t" + position, now, now, correct, correct ? 1.0 : 0.0));
    }

    private ItemParameters item(String competency, int number) {
        return assessment.bank.current().bank().items().stream()
                .filter(item -> item.competencyCode().equals(competency)).skip(number).findFirst().orElseThrow();
    }

    @Test
    void theLatestAnswerToAnItemCountsOnceAndCertificationAnswersNotAtAll() {
        Attempt practice = attempt(TestMode.FORMATIVE);
        answer(practice, 1, item("1.1", 0), false);
        answer(practice, 2, item("1.1", 1), true);
        Attempt again = attempt(TestMode.DIAGNOSTIC);
        answer(again, 1, item("1.1", 0), true);
        answer(again, 2, item("2.1", 0), true);
        Attempt certification = attempt(TestMode.CERTIFICATION);
        answer(certification, 1, item("1.2", 0), true);

        List<CompetencyResult> mastery = assessment.mastery.update(member, user);

        assertThat(mastery).extracting(CompetencyResult::competency).containsExactly("1.1", "2.1");
        assertThat(mastery).extracting(CompetencyResult::itemCount).containsExactly(2, 1);
        assertThat(assessment.attempts.mastery(member, user)).isEqualTo(mastery);
        CompetencyResult spelling = mastery.get(0);
        assertThat(spelling.theta()).as("both answers to 1.1 right in the end").isGreaterThan(0);
    }

    @Test
    void noAnswerNoMastery() {
        assertThat(assessment.mastery.update(member, user)).isEmpty();
        assertThat(assessment.attempts.mastery(member, user)).isEmpty();
    }
}
