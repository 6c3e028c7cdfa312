package fr.plume.tool.assessment.application;

import static org.assertj.core.api.Assertions.assertThat;

import fr.plume.framework.model.Competency;
import fr.plume.framework.model.Domain;
import fr.plume.framework.model.Framework;
import fr.plume.framework.model.LevelDescriptor;
import fr.plume.framework.model.LocalizedText;
import fr.plume.tool.lti.api.PlaceableActivity;
import fr.plume.tool.support.FixedFrameworks;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The activities a teacher may place (Deep Linking), from the current framework. */
class OfferedActivitiesTest {

    private static Competency competency(String code, String fr, String en) {
        return new Competency(UUID.randomUUID(), code, new LocalizedText(fr, en), new LocalizedText(fr, en),
                IntStream.rangeClosed(1, 6).mapToObj(level -> new LevelDescriptor(level,
                        new LocalizedText("Niveau " + level, "Level " + level))).toList());
    }

    @Test
    void theDiagnosticOnePracticePerCompetencyAndTheCertification() {
        Framework framework = new Framework(UUID.randomUUID(), "PLUME", "1.0.0", new LocalizedText("Réf", "Fw"),
                new LocalizedText("Desc", "Desc"), "CC-BY-SA-4.0", List.of(
                        new Domain(UUID.randomUUID(), "1", new LocalizedText("Orthographe", "Spelling"),
                                new LocalizedText("D", "D"), List.of(competency("1.1", "Accords", "Agreement"),
                                        competency("1.2", "Homophones", ""))),
                        new Domain(UUID.randomUUID(), "2", new LocalizedText("Syntaxe", "Syntax"),
                                new LocalizedText("D", "D"), List.of(competency("2.1", "Ponctuation", "Punctuation")))));

        List<PlaceableActivity> activities = new OfferedActivities(FixedFrameworks.current(framework)).placeableFor(UUID.randomUUID());

        assertThat(activities).extracting(PlaceableActivity::id)
                .containsExactly("diagnostic", "formative-1.1", "formative-1.2", "formative-2.1", "mock-certification",
                        "certification");
        assertThat(activities).extracting(PlaceableActivity::kind).containsExactly(PlaceableActivity.Kind.DIAGNOSTIC,
                PlaceableActivity.Kind.FORMATIVE, PlaceableActivity.Kind.FORMATIVE, PlaceableActivity.Kind.FORMATIVE,
                PlaceableActivity.Kind.MOCK_CERTIFICATION, PlaceableActivity.Kind.CERTIFICATION);
        PlaceableActivity practice = activities.get(1);
        assertThat(practice.custom()).isEqualTo(Map.of("plume_competency", "1.1"));
        assertThat(practice.tag()).isEqualTo("competency:1.1");
        assertThat(practice.scoreMaximum()).as("the scale the tool sends scores on")
                .isEqualTo((double) fr.plume.tool.shared.domain.GradeScale.MAXIMUM);
        assertThat(practice.title("fr")).isEqualTo("Entraînement 1.1 — Accords");
        assertThat(practice.title("en")).isEqualTo("Practice 1.1 — Agreement");
        assertThat(activities.get(2).title("en")).as("no English title: the French one").isEqualTo(
                "Practice 1.2 — Homophones");
        assertThat(activities.get(0).tag()).isEqualTo("diagnostic");
        assertThat(activities.get(4).tag()).isEqualTo("mock-certification");
        assertThat(activities.get(4).title("en")).isEqualTo("Mock certification");
        assertThat(offeredMockIsNoCertification(activities.get(4))).isTrue();
        assertThat(activities.get(5).tag()).isEqualTo("certification");
        assertThat(activities).allSatisfy(activity -> assertThat(activity.gradable()).isTrue());
    }

    /** A mock is placed like the other activities, and no launch of it can open a certification. */
    private static boolean offeredMockIsNoCertification(PlaceableActivity mock) {
        return mock.kind() == PlaceableActivity.Kind.MOCK_CERTIFICATION
                && fr.plume.tool.assessment.domain.LinkedActivity.from(Map.of("plume_kind", mock.kind().name(),
                        "plume_activity", mock.id())).certification().isEmpty();
    }

    @Test
    void withoutAFrameworkThereIsNothingToPractise() {
        OfferedActivities offered = new OfferedActivities(FixedFrameworks.current(null));

        assertThat(offered.placeableFor(UUID.randomUUID())).extracting(PlaceableActivity::id)
                .containsExactly("diagnostic", "mock-certification", "certification");
        assertThat(offered.certificationOffered("certification")).isTrue();
        assertThat(offered.certificationOffered("formative-1.1")).isFalse();
        assertThat(offered.certificationOffered("mock-certification")).as("a mock has no seat").isFalse();
    }
}
