package fr.plume.framework.model;

import fr.plume.framework.TestFrameworks;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static fr.plume.framework.TestFrameworks.id;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FrameworkTest {

    private final Framework framework = TestFrameworks.small();

    @Test
    void listsAllCompetenciesInFrameworkOrder() {
        assertThat(framework.allCompetencies()).extracting(Competency::code).containsExactly("1.1", "1.2", "2.1", "2.10");
        assertThat(framework.levelDescriptorCount()).isEqualTo(24);
    }

    @Test
    void findsCompetenciesByCodeAndByIdnumber() {
        assertThat(framework.competencyByCode("2.10")).map(Competency::idnumber).contains(id(122));
        assertThat(framework.competencyByIdnumber(id(112))).map(Competency::code).contains("1.2");
        assertThat(framework.competencyByCode("9.9")).isEmpty();
        assertThat(framework.competencyByIdnumber(id(999))).isEmpty();
    }

    @Test
    void findsDomainsByCodeIdnumberAndByOneOfTheirCompetencies() {
        assertThat(framework.domainByCode("2")).map(Domain::idnumber).contains(id(12));
        assertThat(framework.domainByIdnumber(id(11))).map(Domain::code).contains("1");
        assertThat(framework.domainOf(id(121))).map(Domain::code).contains("2");
        assertThat(framework.domainOf(id(999))).isEmpty();
    }

    @Test
    void findsALevelDescriptorOfACompetency() {
        Competency competency = framework.competencyByCode("1.1").orElseThrow();
        assertThat(competency.level(4)).map(LevelDescriptor::level).contains(4);
        assertThat(competency.level(7)).isEmpty();
    }

    @Test
    void copiesListsSoThatLaterChangesToTheCallersListDoNotLeakIn() {
        List<LevelDescriptor> levels = new ArrayList<>(TestFrameworks.levels("1.1"));
        Competency competency = new Competency(id(5), "1.1", LocalizedText.of("T", ""), LocalizedText.EMPTY, levels);
        levels.clear();
        assertThat(competency.levels()).hasSize(6);
        assertThatThrownBy(() -> competency.levels().add(null)).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> framework.domains().clear()).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void treatsAMissingTranslationAsEmptyText() {
        assertThat(new LocalizedText("Bonjour", null)).isEqualTo(new LocalizedText("Bonjour", ""));
        assertThat(new LocalizedText(null, "Hello").hasFrench()).isFalse();
        assertThat(new LocalizedText("  ", "Hello").hasFrench()).isFalse();
    }

    @Test
    void refusesMissingStructuralParts() {
        assertThatThrownBy(() -> new Competency(null, "1.1", LocalizedText.EMPTY, LocalizedText.EMPTY, List.of()))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("idnumber");
        assertThatThrownBy(() -> new LevelDescriptor(1, null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void knowsWhichLevelsAreInRange() {
        assertThat(new LevelDescriptor(1, LocalizedText.EMPTY).inRange()).isTrue();
        assertThat(new LevelDescriptor(6, LocalizedText.EMPTY).inRange()).isTrue();
        assertThat(new LevelDescriptor(0, LocalizedText.EMPTY).inRange()).isFalse();
        assertThat(new LevelDescriptor(7, LocalizedText.EMPTY).inRange()).isFalse();
    }
}
