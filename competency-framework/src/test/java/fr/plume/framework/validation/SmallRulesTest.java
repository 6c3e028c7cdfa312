package fr.plume.framework.validation;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class SmallRulesTest {

    @ParameterizedTest
    @ValueSource(strings = {"0.0.0", "1.0.0", "10.20.30", "1.0.0-rc.1", "1.0.0-alpha-a.b-c", "1.0.0+build.7", "2.1.3-beta.2+sha.5114f85"})
    void acceptsSemanticVersions(String version) {
        assertThat(SemanticVersion.isValid(version)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "1", "1.0", "v1.0.0", "01.0.0", "1.0.0-", "1.0.0-01", "1.0.0+", "1.0.0 ", "1..0"})
    void rejectsWhatIsNotASemanticVersion(String version) {
        assertThat(SemanticVersion.isValid(version)).isFalse();
    }

    @Test
    void parsesUuidsWhateverTheirCaseAndAcceptsTheUrnForm() {
        UUID expected = UUID.fromString("3f2b8c1e-5a1d-4c8e-9f7a-2d4b6e8c0a13");
        assertThat(Uuids.parse("3F2B8C1E-5A1D-4C8E-9F7A-2D4B6E8C0A13")).contains(expected);
        assertThat(Uuids.parse("  urn:uuid:3f2b8c1e-5a1d-4c8e-9f7a-2d4b6e8c0a13 ")).contains(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "1-1-1-1-1", "3f2b8c1e5a1d4c8e9f7a2d4b6e8c0a13", "3f2b8c1e-5a1d-4c8e-9f7a-2d4b6e8c0a1", "{3f2b8c1e-5a1d-4c8e-9f7a-2d4b6e8c0a13}", "zzzzzzzz-5a1d-4c8e-9f7a-2d4b6e8c0a13"})
    void rejectsTextsThatAreNotCanonicalUuids(String text) {
        assertThat(Uuids.parse(text)).isEmpty();
    }

    @Test
    void derivesTheSameIdentifierFromTheSameName() {
        assertThat(Uuids.derived("a")).isEqualTo(Uuids.derived("a")).isNotEqualTo(Uuids.derived("b"));
        assertThat(Uuids.placeholderFor("x")).isNotEqualTo(Uuids.derived("x"));
    }

    @Test
    void combinesReportsAndListsThemByCode() {
        ValidationReport one = new ValidationReport(List.of(new Problem("A", "ligne 1", "un")));
        ValidationReport two = new ValidationReport(List.of(new Problem("B", "", "deux")));
        ValidationReport both = one.and(two);
        assertThat(both.problems()).hasSize(2);
        assertThat(both.withCode("B")).singleElement().hasToString("deux [B]");
        assertThat(one.summary()).isEqualTo("1 problème :\n- ligne 1 : un [A]");
        assertThat(ValidationReport.valid().ok()).isTrue();
    }
}
