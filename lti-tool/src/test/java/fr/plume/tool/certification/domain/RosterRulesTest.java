package fr.plume.tool.certification.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RosterRulesTest {

    @Test
    void everyProblemOfEveryRowIsReportedAndNoRowIsKept() {
        Map<Integer, List<String>> lines = new LinkedHashMap<>();
        lines.put(2, List.of("u1", "Alice", "33%", "oui"));
        lines.put(3, List.of("", "", "250", "maybe"));
        lines.put(4, List.of("u1", "Bruno"));
        Roster roster = RosterRules.check(List.of("Identifiant", "NOM", "tiers_temps", "accessible"), lines);
        assertThat(roster.rows()).isEmpty();
        assertThat(roster.problems()).containsExactly(new Roster.Problem(3, "identifiant", "EMPTY"),
                new Roster.Problem(3, "nom", "EMPTY"), new Roster.Problem(3, "tiers_temps", "BAD_EXTRA_TIME"),
                new Roster.Problem(3, "accessible", "BAD_ACCESSIBLE"), new Roster.Problem(4, "identifiant", "DUPLICATE"));
    }

    @Test
    void aCleanRosterGivesItsRowsWithAccommodations() {
        Roster roster = RosterRules.check(List.of("nom", "identifiant", "tiers_temps"),
                Map.of(2, List.of("Alice Martin", "u1", "33"), 3, List.of("Bruno Petit", "u2", "")));
        assertThat(roster.problems()).isEmpty();
        assertThat(roster.rows()).extracting(Roster.Row::platformSubject, Roster.Row::extraTimePercent)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("u1", 33), org.assertj.core.groups.Tuple.tuple("u2", 0));
    }

    @Test
    void aMissingColumnIsSaidOnTheHeader() {
        assertThat(RosterRules.check(List.of("nom"), Map.of(2, List.of("Alice"))).problems())
                .containsExactly(new Roster.Problem(1, "identifiant", "MISSING_COLUMN"));
    }

    @Test
    void headersAreReadAsPeopleTypeThemAndAFirstNameColumnCompletesTheName() {
        Roster roster = RosterRules.check(List.of(" Identifiant ", "NOM", "Prénom", "Tiers temps (%)", "Accessible"),
                Map.of(2, List.of("u1", "Martin", "Alice", "33", "Oui"), 3, List.of("u2", "Petit", "", "", "")));

        assertThat(roster.problems()).isEmpty();
        assertThat(roster.rows()).extracting(Roster.Row::holderName, Roster.Row::extraTimePercent)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("Alice Martin", 33),
                        org.assertj.core.groups.Tuple.tuple("Petit", 0));
    }

    @Test
    void aFirstNameDoesNotStandInForAMissingName() {
        assertThat(RosterRules.check(List.of("identifiant", "nom", "prénom"), Map.of(2, List.of("u1", "", "Alice")))
                .problems()).containsExactly(new Roster.Problem(2, "nom", "EMPTY"));
    }
}
