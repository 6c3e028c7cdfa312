package fr.plume.framework.format;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class CsvFormulaGuardTest {

    @ParameterizedTest
    @ValueSource(strings = {"=1+2", "+33 6", "-2", "@SUM(A1)", "\tx", "\rx", "=cmd|' /C calc'!A0"})
    void prefixesCellsASpreadsheetWouldRunAsAFormula(String cell) {
        assertThat(CsvFormulaGuard.neutralise(cell)).isEqualTo("'" + cell);
        assertThat(CsvFormulaGuard.restore(CsvFormulaGuard.neutralise(cell))).isEqualTo(cell);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "1.2 Accords", "a=b", " =x", "'", "'texte", "''", "<div>", "é-", "[{\"scaleid\":\"0\"}]"})
    void leavesOtherCellsAsTheyAre(String cell) {
        assertThat(CsvFormulaGuard.neutralise(cell)).isEqualTo(cell);
        assertThat(CsvFormulaGuard.restore(cell)).isEqualTo(cell);
    }

    @ParameterizedTest
    @ValueSource(strings = {"'=x", "''+y", "'@"})
    void keepsTheRoundTripExactForTextThatAlreadyStartsWithAnApostropheAndAFormulaSign(String cell) {
        assertThat(CsvFormulaGuard.neutralise(cell)).isEqualTo("'" + cell);
        assertThat(CsvFormulaGuard.restore(CsvFormulaGuard.neutralise(cell))).isEqualTo(cell);
    }

    @Test
    void removesTheApostropheOnlyWhenAFormulaSignFollows() {
        assertThat(CsvFormulaGuard.restore("'=SOMME(A1)")).isEqualTo("=SOMME(A1)");
        assertThat(CsvFormulaGuard.restore("'Orthographe")).isEqualTo("'Orthographe");
    }
}
