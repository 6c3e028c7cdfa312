package fr.plume.tool.assessment.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.plume.framework.content.Item;
import fr.plume.framework.content.ItemText;
import fr.plume.framework.content.OpenModule;
import fr.plume.tool.assessment.domain.Attempt;
import fr.plume.tool.assessment.domain.ShownItem;
import fr.plume.tool.itembank.api.PublishedItem;
import fr.plume.tool.shared.domain.PlumeProblemException;
import fr.plume.tool.support.InMemoryPublishedModules;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class StartModulePracticeTest {

    private final InMemoryAssessment assessment = new InMemoryAssessment();
    private final InMemoryPublishedModules commons = new InMemoryPublishedModules();
    private final StartModulePractice startModule = new StartModulePractice(assessment.attempts,
            assessment.practices, commons, assessment.catalog, assessment.clock);
    private final UUID link = UUID.randomUUID();
    private final Student student = new Student(UUID.randomUUID(), UUID.randomUUID(), link, UUID.randomUUID(),
            Map.of("plume_kind", "FORMATIVE", "plume_module", "ignored-here"));

    /** Items of three competencies in an order no adaptive selection would follow. */
    private List<Item> moduleItems() {
        return List.of(item("2.1", 17), item("1.1", 2), item("1.2", 9), item("1.1", 11));
    }

    private Item item(String competency, int number) {
        // by id: the family id carries a suffix that puts it in the practice pool (InMemoryAssessment.family)
        UUID id = UUID.nameUUIDFromBytes((competency + "/" + number).getBytes());
        return assessment.published.stream().map(PublishedItem::item)
                .filter(i -> i.id().equals(id)).findFirst().orElseThrow();
    }

    private OpenModule publish(List<Item> items) {
        OpenModule module = InMemoryPublishedModules.module(UUID.randomUUID(), "Accords", "1.1", items);
        commons.publish(module, items, Instant.parse("2026-12-01T10:00:00Z"));
        return module;
    }

    @Test
    void aPlacedModuleIsPractisedAsExactlyItsItemsInModuleOrderWithFeedbackThenGraded() {
        List<Item> items = moduleItems();
        OpenModule module = publish(items);

        Attempt attempt = startModule.start(student, module.id());
        List<UUID> answered = new ArrayList<>();
        RecordAnswer.Saved last = null;
        for (int i = 0; i < items.size(); i++) {
            CurrentItem.ToAnswer current = (CurrentItem.ToAnswer) assessment.showNextItem.show(student, attempt.id());
            assertThat(current.maxItems()).isEqualTo(items.size());
            answered.add(current.item().id());
            last = (RecordAnswer.Saved) assessment.recordAnswer.record(student, attempt.id(), current.shown().token(),
                    assessment.answer(current, i % 2 == 0));
            assertThat(last.feedback()).as("formative feedback").isTrue();
            assertThat(last.completed()).isEqualTo(i == items.size() - 1);
        }

        assertThat(answered).containsExactlyElementsOf(items.stream().map(Item::id).toList());
        assertThat(assessment.showNextItem.show(student, attempt.id())).isInstanceOf(CurrentItem.Finished.class);
        assertThat(assessment.grades).singleElement().satisfies(grade -> {
            assertThat(grade.attemptId()).isEqualTo(attempt.id());
            assertThat(grade.mode()).isEqualTo("FORMATIVE");
        });
    }

    @Test
    void anUnfinishedModulePracticeIsResumedFromItsLinkAndNotByAnotherPractice() {
        List<Item> items = moduleItems();
        OpenModule module = publish(items);
        Attempt attempt = startModule.start(student, module.id());
        assessment.answerNext(student, attempt.id(), true);

        Attempt resumed = startModule.start(student, module.id());
        Attempt practice = assessment.startAttempt.start(student, fr.plume.tool.assessment.engine.cat.TestMode.FORMATIVE,
                attempt.competencies());

        assertThat(resumed.id()).isEqualTo(attempt.id());
        assertThat(practice.id()).as("an ordinary practice is not the module's").isNotEqualTo(attempt.id());
        CurrentItem.ToAnswer next = (CurrentItem.ToAnswer) assessment.showNextItem.show(student, attempt.id());
        assertThat(next.item().id()).isEqualTo(items.get(1).id());
    }

    @Test
    void aRetiredModuleCannotBeStartedButAPracticeStartedBeforeFinishes() {
        List<Item> items = moduleItems();
        OpenModule module = publish(items);
        Attempt attempt = startModule.start(student, module.id());
        assessment.answerNext(student, attempt.id(), true);

        commons.retire(module.id(), Instant.parse("2026-12-02T10:00:00Z"));
        Attempt resumed = startModule.start(student, module.id());
        for (int i = 1; i < items.size(); i++) {
            assessment.answerNext(student, resumed.id(), true);
        }

        assertThat(resumed.id()).isEqualTo(attempt.id());
        assertThat(assessment.showNextItem.show(student, attempt.id())).isInstanceOf(CurrentItem.Finished.class);
        assertThatThrownBy(() -> startModule.start(student, module.id()))
                .isInstanceOf(PlumeProblemException.class).hasMessageContaining("ASSESSMENT-MODULE-RETIRED");
        assertThatThrownBy(() -> startModule.start(student, UUID.randomUUID()))
                .hasMessageContaining("ASSESSMENT-MODULE-UNKNOWN");
    }

    @Test
    void theItemIsShownAtTheVersionTheModulePinsNotTheNewerOne() {
        Item first = item("1.2", 4);
        OpenModule module = publish(List.of(first));
        int index = assessment.published.indexOf(assessment.published.stream()
                .filter(p -> p.item().id().equals(first.id())).findFirst().orElseThrow());
        PublishedItem v1 = assessment.published.get(index);
        Item rewritten = new Item(first.id(), first.family(), first.variant(), first.type(), first.competency(),
                first.level(), ItemText.fr("Consigne réécrite"), first.answer(), first.feedback(), first.explanation(),
                first.irt(), first.accessibility(), first.matching(), first.licence(), first.authors(), first.status());
        assessment.superseded.add(v1);
        assessment.published.set(index, new PublishedItem(rewritten, "prior", v1.a(), v1.b(), 2));

        Attempt attempt = startModule.start(student, module.id());
        CurrentItem.ToAnswer current = (CurrentItem.ToAnswer) assessment.showNextItem.show(student, attempt.id());

        assertThat(current.shown().itemVersion()).isEqualTo(1);
        assertThat(current.item().stem()).isEqualTo(first.stem());
        ShownItem shown = assessment.shown(attempt.id()).get(0);
        assertThat(shown.itemVersion()).isEqualTo(1);
    }
}
