package fr.plume.framework;

import fr.plume.framework.model.Competency;
import fr.plume.framework.model.Domain;
import fr.plume.framework.model.Framework;
import fr.plume.framework.model.LevelDescriptor;
import fr.plume.framework.model.LocalizedText;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.UnaryOperator;

/** Small valid frameworks for tests, with tricky characters where formats could lose them. */
public final class TestFrameworks {

    /** Outside the Basic Multilingual Plane: stored as a surrogate pair in Java strings. */
    public static final String NON_BMP = "\uD83D\uDCDD"; // 📝

    private TestFrameworks() {
    }

    public static UUID id(int n) {
        return UUID.fromString(String.format("00000000-0000-4000-8000-%012d", n));
    }

    public static List<LevelDescriptor> levels(String code) {
        List<LevelDescriptor> levels = new ArrayList<>();
        for (int level = 1; level <= 6; level++) {
            levels.add(new LevelDescriptor(level, new LocalizedText(
                    "Niveau " + level + " de " + code + " : l'élève « écrit » & corrige <bien>",
                    "Level " + level + " of " + code)));
        }
        return levels;
    }

    public static Competency competency(int id, String code, String title) {
        return new Competency(id(id), code, new LocalizedText(title, title + " (en)"),
                new LocalizedText("Description de " + code, "Description of " + code), levels(code));
    }

    /** Two domains of two competencies, six levels each; texts include quotes, ampersands, commas and a non-BMP emoji. */
    public static Framework small() {
        Domain spelling = new Domain(id(11), "1", new LocalizedText("Orthographe", "Spelling"),
                new LocalizedText("Écrire les mots, \"correctement\"", "Spell words"),
                List.of(competency(111, "1.1", "Orthographe lexicale " + NON_BMP), competency(112, "1.2", "Accords, pluriels")));
        Domain grammar = new Domain(id(12), "2", new LocalizedText("Grammaire", ""), LocalizedText.EMPTY,
                List.of(competency(121, "2.1", "Conjugaison"), competency(122, "2.10", "Ponctuation ; virgules")));
        return new Framework(id(1), "TEST-FW", "1.2.0-rc.1+build.5", new LocalizedText("Référentiel d'essai " + NON_BMP, "Test framework"),
                new LocalizedText("Pour les tests\nsur deux lignes", "For tests"), "CC-BY-SA-4.0", List.of(spelling, grammar));
    }

    public static Framework withCompetency(Framework framework, String code, UnaryOperator<Competency> change) {
        List<Domain> domains = framework.domains().stream().map(domain -> new Domain(domain.idnumber(), domain.code(),
                domain.title(), domain.description(), domain.competencies().stream()
                .map(c -> c.code().equals(code) ? change.apply(c) : c).toList())).toList();
        return new Framework(framework.idnumber(), framework.code(), framework.version(), framework.title(),
                framework.description(), framework.licence(), domains);
    }
}
