package fr.plume.tool.assessment.application;

import static org.assertj.core.api.Assertions.assertThat;

import fr.plume.tool.assessment.api.AttemptCompleted;
import fr.plume.tool.assessment.engine.ScoredResponse;
import fr.plume.tool.assessment.engine.cat.AdaptiveTest;
import fr.plume.tool.assessment.engine.cat.CandidateContext;
import fr.plume.tool.assessment.engine.cat.TestMode;
import fr.plume.tool.assessment.domain.Attempt;
import fr.plume.tool.assessment.domain.AttemptProgress;
import fr.plume.tool.assessment.domain.Attempts;
import fr.plume.tool.itembank.api.ItemCatalog;
import fr.plume.tool.identity.api.Members;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.AssertablePublishedEvents;
import org.springframework.test.context.ActiveProfiles;

/**
 * The assessment module booted with the modules it depends on, on the test PostgreSQL, its items
 * from an in-memory catalogue: a diagnostic answered to its end through the use cases.
 */
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.ALL_DEPENDENCIES)
@ActiveProfiles("test")
class AssessmentModuleTest {

    @TestConfiguration
    static class Items {
        @Bean
        @Primary
        ItemCatalog inMemoryCatalog() {
            return new InMemoryAssessment().catalog;
        }
    }

    @Autowired
    StartAttempt startAttempt;
    @Autowired
    ShowNextItem showNextItem;
    @Autowired
    RecordAnswer recordAnswer;
    @Autowired
    Attempts attempts;
    @Autowired
    DeliverableBank bank;
    @Autowired
    Members members;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aDiagnosticStoresItsPosteriorAfterEachAnswerAndPublishesItsCompletion(AssertablePublishedEvents events) {
        String code = "module-" + UUID.randomUUID().toString().substring(0, 8);
        Student student = new Student(members.ensure(code, "Université " + code).id(), UUID.randomUUID(), null, null,
                Map.of());
        Attempt attempt = startAttempt.start(student, TestMode.DIAGNOSTIC, Set.of());
        InMemoryAssessment answers = new InMemoryAssessment();

        boolean completed = false;
        for (int i = 0; !completed; i++) {
            CurrentItem.ToAnswer current = (CurrentItem.ToAnswer) showNextItem.show(student, attempt.id());
            completed = ((RecordAnswer.Saved) recordAnswer.record(student, attempt.id(), current.shown().token(),
                    answers.answer(current, i % 3 != 0))).completed();
            AttemptProgress stored = attempts.lock(student.memberId(), student.userId(), attempt.id()).orElseThrow();
            List<ScoredResponse> responses = stored.scoredResponses();
            AdaptiveTest recomputed = AdaptiveTest.resume(bank.current().bank(), AttemptState.blueprint(attempt),
                    CandidateContext.firstAttempt(), AttemptState.scoring(attempt), responses);
            assertThat(stored.posterior().answers()).isEqualTo(i + 1);
            assertThat(stored.posterior().logDensity()).as("read back from PostgreSQL after answer %d", i + 1)
                    .containsExactly(recomputed.logPosterior());
        }

        assertThat(events).contains(AttemptCompleted.class)
                .matching(AttemptCompleted::attemptId, attempt.id())
                .matching(AttemptCompleted::mode, "DIAGNOSTIC");
        assertThat(jdbc.sql("SELECT status FROM assessment_attempt WHERE id = :id").param("id", attempt.id())
                .query(String.class).single()).isEqualTo("COMPLETED");
    }

    @Test
    void aShownItemKeepsTheItemVersionItWasShownAt() {
        String code = "version-" + UUID.randomUUID().toString().substring(0, 8);
        Student student = new Student(members.ensure(code, "Université " + code).id(), UUID.randomUUID(), null, null,
                Map.of());
        Attempt attempt = startAttempt.start(student, TestMode.DIAGNOSTIC, Set.of());
        fr.plume.tool.itembank.api.PublishedItem item = bank.current().source().get(0);

        attempts.insertShown(student.memberId(), new fr.plume.tool.assessment.domain.ShownItem(attempt.id(), 1,
                item.item().id(), DeliverableBank.parameters(item), item.parametersVersion(), "token-version-3",
                java.time.Instant.now(), null, null, null, 3));

        AttemptProgress stored = attempts.lock(student.memberId(), student.userId(), attempt.id()).orElseThrow();
        assertThat(stored.shown()).singleElement().satisfies(shown -> assertThat(shown.itemVersion()).isEqualTo(3));
    }
}
