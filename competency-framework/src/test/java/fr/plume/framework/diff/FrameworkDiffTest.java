package fr.plume.framework.diff;

import fr.plume.framework.TestFrameworks;
import fr.plume.framework.model.Competency;
import fr.plume.framework.model.Domain;
import fr.plume.framework.model.Framework;
import fr.plume.framework.model.LevelDescriptor;
import fr.plume.framework.model.LocalizedText;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static fr.plume.framework.TestFrameworks.id;
import static org.assertj.core.api.Assertions.assertThat;

class FrameworkDiffTest {

    private final Framework v1 = TestFrameworks.small();

    private static Framework withVersion(Framework f, String version, List<Domain> domains) {
        return new Framework(f.idnumber(), f.code(), version, f.title(), f.description(), f.licence(), domains);
    }

    @Test
    void findsNoContentChangeBetweenEqualFrameworks() {
        FrameworkDiff diff = FrameworkDiff.between(v1, withVersion(v1, "1.2.1", v1.domains()));
        assertThat(diff.noContentChange()).isTrue();
        assertThat(diff.versionChanged()).isTrue();
        assertThat(diff.summary()).isEqualTo("Référentiel TEST-FW : version 1.2.0-rc.1+build.5 → 1.2.1\nAucun changement de contenu.");
    }

    @Test
    void reportsAddedAndRemovedCompetenciesMatchedByIdnumberNotByCode() {
        Domain first = v1.domains().get(0);
        Competency replacement = TestFrameworks.competency(199, "1.2", "Accords refondus");
        Domain changed = new Domain(first.idnumber(), first.code(), first.title(), first.description(),
                List.of(first.competencies().get(0), replacement));
        Framework v2 = withVersion(v1, "2.0.0", List.of(changed, v1.domains().get(1)));

        FrameworkDiff diff = FrameworkDiff.between(v1, v2);

        assertThat(diff.addedCompetencies()).extracting(Competency::idnumber).containsExactly(id(199));
        assertThat(diff.removedCompetencies()).extracting(Competency::idnumber).containsExactly(id(112));
        assertThat(diff.changedCompetencies()).isEmpty();
        assertThat(diff.summary()).contains("Compétences ajoutées (1) :\n  + 1.2 Accords refondus",
                "Compétences supprimées (1) :\n  - 1.2 Accords, pluriels");
    }

    @Test
    void reportsChangedLevelDescriptorsWithTheirKind() {
        Framework v2 = TestFrameworks.withCompetency(v1, "2.1", c -> {
            List<LevelDescriptor> levels = new ArrayList<>(c.levels());
            levels.set(1, new LevelDescriptor(2, LocalizedText.of("Nouveau niveau 2", "New level 2")));
            levels.set(3, new LevelDescriptor(4, new LocalizedText(c.levels().get(3).text().fr(), "Only English changed")));
            levels.remove(5);
            return new Competency(c.idnumber(), c.code(), LocalizedText.of("Conjugaison des verbes", ""), c.description(), levels);
        });

        FrameworkDiff diff = FrameworkDiff.between(v1, v2);

        assertThat(diff.changedCompetencies()).singleElement().satisfies(change -> {
            assertThat(change.idnumber()).isEqualTo(id(121));
            assertThat(change.aspects()).containsExactlyInAnyOrder(Aspect.TITLE, Aspect.LEVELS);
            assertThat(change.levelChanges()).extracting(LevelChange::level, LevelChange::kind).containsExactly(
                    org.assertj.core.groups.Tuple.tuple(2, LevelChange.Kind.CHANGED),
                    org.assertj.core.groups.Tuple.tuple(4, LevelChange.Kind.CHANGED),
                    org.assertj.core.groups.Tuple.tuple(6, LevelChange.Kind.REMOVED));
            assertThat(change.levelChanges().get(0).before()).map(LocalizedText::fr).hasValueSatisfying(t -> assertThat(t).startsWith("Niveau 2"));
            assertThat(change.levelChanges().get(0).after()).map(LocalizedText::fr).contains("Nouveau niveau 2");
        });
        assertThat(diff.summary()).contains("~ 2.1 Conjugaison des verbes : titre, descripteurs de niveau — niveaux 2, 4 modifiés ; niveau 6 supprimé");
    }

    @Test
    void reportsACompetencyMovedToAnotherDomainOrRenumbered() {
        Domain spelling = v1.domains().get(0);
        Domain grammar = v1.domains().get(1);
        Competency moved = spelling.competencies().get(1);
        Competency renumbered = new Competency(moved.idnumber(), "2.3", moved.title(), moved.description(), moved.levels());
        Framework v2 = withVersion(v1, "2.0.0", List.of(
                new Domain(spelling.idnumber(), "1", spelling.title(), spelling.description(), List.of(spelling.competencies().get(0))),
                new Domain(grammar.idnumber(), "2", grammar.title(), grammar.description(),
                        List.of(grammar.competencies().get(0), grammar.competencies().get(1), renumbered))));

        FrameworkDiff diff = FrameworkDiff.between(v1, v2);

        assertThat(diff.changedCompetencies()).singleElement().satisfies(change ->
                assertThat(change.aspects()).containsExactlyInAnyOrder(Aspect.CODE, Aspect.DOMAIN));
        assertThat(diff.summary()).contains("~ 2.3 Accords, pluriels : code, domaine (ancien code 1.2)");
    }

    @Test
    void reportsReorderedSiblingsButNotSiblingsShiftedByAnInsertion() {
        Domain grammar = v1.domains().get(1);
        Framework swapped = withVersion(v1, "1.3.0", List.of(v1.domains().get(0), new Domain(grammar.idnumber(), grammar.code(),
                grammar.title(), grammar.description(), List.of(grammar.competencies().get(1), grammar.competencies().get(0)))));
        Framework inserted = withVersion(v1, "1.3.0", List.of(v1.domains().get(0), new Domain(grammar.idnumber(), grammar.code(),
                grammar.title(), grammar.description(), List.of(TestFrameworks.competency(300, "2.0", "Nouvelle"),
                grammar.competencies().get(0), grammar.competencies().get(1)))));

        assertThat(FrameworkDiff.between(v1, swapped).changedCompetencies())
                .allSatisfy(change -> assertThat(change.aspects()).containsExactly(Aspect.POSITION)).hasSize(2);
        assertThat(FrameworkDiff.between(v1, inserted).changedCompetencies()).isEmpty();
    }

    @Test
    void reportsDomainChangesAndFrameworkMetadataChanges() {
        Domain grammar = v1.domains().get(1);
        Domain renamed = new Domain(grammar.idnumber(), grammar.code(), LocalizedText.of("Grammaire et syntaxe", "Grammar and syntax"),
                grammar.description(), grammar.competencies());
        Domain added = new Domain(id(13), "3", LocalizedText.of("Lexique", ""), LocalizedText.EMPTY,
                List.of(TestFrameworks.competency(131, "3.1", "Sens des mots")));
        Framework v2 = new Framework(v1.idnumber(), v1.code(), "1.3.0", v1.title(), v1.description(), "CC-BY-4.0",
                List.of(v1.domains().get(0), renamed, added));

        FrameworkDiff diff = FrameworkDiff.between(v1, v2);

        assertThat(diff.metadataChanged()).isTrue();
        assertThat(diff.addedDomains()).extracting(Domain::code).containsExactly("3");
        assertThat(diff.changedDomains()).singleElement().satisfies(change -> assertThat(change.aspects()).containsExactly(Aspect.TITLE));
        assertThat(diff.removedDomains()).isEmpty();
        assertThat(diff.summary()).contains("Informations générales du référentiel modifiées", "Domaines ajoutés (1) :\n  + 3 Lexique",
                "Domaines modifiés (1) :\n  ~ 2 Grammaire et syntaxe : titre", "Compétences ajoutées (1) :\n  + 3.1 Sens des mots");
    }
}
