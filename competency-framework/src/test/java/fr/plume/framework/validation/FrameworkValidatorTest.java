package fr.plume.framework.validation;

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

class FrameworkValidatorTest {

    @Test
    void acceptsAValidFramework() {
        ValidationReport report = FrameworkValidator.validate(TestFrameworks.small());
        assertThat(report.problems()).isEmpty();
        assertThat(report.ok()).isTrue();
        assertThat(report.summary()).isEqualTo("Aucun problème.");
    }

    @Test
    void reportsEveryDuplicateCodeWithTheLocationOfTheFirstUse() {
        Framework framework = TestFrameworks.withCompetency(TestFrameworks.small(), "1.2",
                c -> new Competency(c.idnumber(), "1.1", c.title(), c.description(), c.levels()));
        framework = TestFrameworks.withCompetency(framework, "2.10",
                c -> new Competency(c.idnumber(), "2.1", c.title(), c.description(), c.levels()));

        List<Problem> duplicates = FrameworkValidator.validate(framework).withCode(ProblemCodes.DUPLICATE_CODE);

        assertThat(duplicates).hasSize(2);
        assertThat(duplicates.get(0).location()).isEqualTo("domaine n° 1, compétence n° 2, code");
        assertThat(duplicates.get(0).message()).contains("« 1.1 »", "domaine n° 1, compétence n° 1, code");
        assertThat(duplicates.get(1).message()).contains("« 2.1 »");
    }

    @Test
    void reportsAnIdnumberUsedTwiceEvenAcrossDomainsAndCompetencies() {
        Framework framework = TestFrameworks.withCompetency(TestFrameworks.small(), "2.1",
                c -> new Competency(id(11), c.code(), c.title(), c.description(), c.levels()));

        List<Problem> duplicates = FrameworkValidator.validate(framework).withCode(ProblemCodes.DUPLICATE_IDNUMBER);

        assertThat(duplicates).singleElement().satisfies(problem -> {
            assertThat(problem.location()).isEqualTo("domaine n° 2, compétence n° 1, identifiant");
            assertThat(problem.message()).contains(id(11).toString(), "domaine n° 1, identifiant", "jamais servir deux fois");
        });
    }

    @Test
    void reportsEachMissingLevelDuplicateLevelAndOutOfRangeLevel() {
        List<LevelDescriptor> levels = new ArrayList<>(TestFrameworks.levels("1.1").subList(0, 3));
        levels.add(new LevelDescriptor(3, LocalizedText.of("encore 3", "")));
        levels.add(new LevelDescriptor(7, LocalizedText.of("sept", "")));
        Framework framework = TestFrameworks.withCompetency(TestFrameworks.small(), "1.1",
                c -> new Competency(c.idnumber(), c.code(), c.title(), c.description(), levels));

        ValidationReport report = FrameworkValidator.validate(framework);

        assertThat(report.withCode(ProblemCodes.MISSING_LEVEL)).extracting(Problem::message)
                .containsExactly(missing(4), missing(5), missing(6));
        assertThat(report.withCode(ProblemCodes.DUPLICATE_LEVEL)).singleElement()
                .extracting(Problem::location).isEqualTo("domaine n° 1, compétence n° 1, descripteur n° 4, niveau");
        assertThat(report.withCode(ProblemCodes.LEVEL_OUT_OF_RANGE)).singleElement()
                .extracting(Problem::message).asString().contains("niveau 7", "1 à 6");
    }

    private static String missing(int level) {
        return "Il manque le descripteur du niveau " + level + " pour la compétence « 1.1 » (les niveaux 1 à 6 sont tous requis).";
    }

    @Test
    void reportsEveryMissingFrenchTextButAcceptsMissingEnglish() {
        Framework source = TestFrameworks.small();
        List<LevelDescriptor> levels = new ArrayList<>(TestFrameworks.levels("1.2"));
        levels.set(1, new LevelDescriptor(2, new LocalizedText(" ", "Only English")));
        Framework framework = TestFrameworks.withCompetency(source, "1.2",
                c -> new Competency(c.idnumber(), c.code(), new LocalizedText("", "English title"), LocalizedText.EMPTY, levels));
        framework = new Framework(framework.idnumber(), framework.code(), framework.version(), new LocalizedText("", "Title"),
                LocalizedText.EMPTY, framework.licence(), framework.domains());

        List<Problem> problems = FrameworkValidator.validate(framework).withCode(ProblemCodes.MISSING_FRENCH_TEXT);

        assertThat(problems).extracting(Problem::location).containsExactly(
                "référentiel, titre",
                "domaine n° 1, compétence n° 2, titre",
                "domaine n° 1, compétence n° 2, descripteur n° 2, texte");
    }

    @Test
    void reportsAnInvalidSemanticVersion() {
        Framework source = TestFrameworks.small();
        Framework framework = new Framework(source.idnumber(), source.code(), "1.0", source.title(), source.description(),
                source.licence(), source.domains());

        assertThat(FrameworkValidator.validate(framework).withCode(ProblemCodes.INVALID_VERSION)).singleElement()
                .satisfies(problem -> assertThat(problem.message()).contains("« 1.0 »", "1.0.0"));
    }

    @Test
    void reportsAllProblemsAtOnceNotOnlyTheFirst() {
        Framework framework = new Framework(id(1), "", "v1", LocalizedText.EMPTY, LocalizedText.EMPTY, "",
                List.of(new Domain(id(2), "1", LocalizedText.EMPTY, LocalizedText.EMPTY, List.of()),
                        new Domain(id(2), "1 bis", LocalizedText.of("B", ""), LocalizedText.EMPTY,
                                List.of(new Competency(id(3), "2.1", LocalizedText.of("C", ""), LocalizedText.EMPTY, List.of())))));

        ValidationReport report = FrameworkValidator.validate(framework);

        assertThat(report.problems()).extracting(Problem::code).contains(
                ProblemCodes.MISSING_CODE, ProblemCodes.INVALID_VERSION, ProblemCodes.MISSING_FRENCH_TEXT,
                ProblemCodes.MISSING_LICENCE, ProblemCodes.EMPTY_DOMAIN, ProblemCodes.DUPLICATE_IDNUMBER,
                ProblemCodes.INVALID_CODE, ProblemCodes.CODE_OUTSIDE_DOMAIN, ProblemCodes.MISSING_LEVEL);
        assertThat(report.withCode(ProblemCodes.MISSING_LEVEL)).hasSize(6);
        assertThat(report.summary()).startsWith(report.problems().size() + " problèmes :\n- ");
    }

    @Test
    void reportsAFrameworkWithoutDomains() {
        Framework framework = new Framework(id(1), "X", "1.0.0", LocalizedText.of("X", ""), LocalizedText.EMPTY, "CC0-1.0", List.of());
        assertThat(FrameworkValidator.validate(framework).problems()).extracting(Problem::code)
                .containsExactly(ProblemCodes.EMPTY_FRAMEWORK);
    }

    @Test
    void usesTheLocatorOfTheSourceFormatForLocations() {
        Framework source = TestFrameworks.small();
        Framework framework = new Framework(source.idnumber(), source.code(), "x", source.title(), source.description(),
                source.licence(), source.domains());
        ModelLocator sheet = new ModelLocator() {
            public String framework(Field field) { return "feuille « Référentiel », ligne 4, colonne B"; }
            public String domain(int d, Field field) { return "?"; }
            public String competency(int d, int c, Field field) { return "?"; }
            public String level(int d, int c, int l, Field field) { return "?"; }
        };
        assertThat(FrameworkValidator.validate(framework, sheet).problems()).singleElement()
                .hasToString("feuille « Référentiel », ligne 4, colonne B : La version « x » n'est pas une version sémantique valide "
                        + "(attendu : MAJEUR.MINEUR.CORRECTIF, par exemple 1.0.0). [FW-INVALID-VERSION]");
    }
}
