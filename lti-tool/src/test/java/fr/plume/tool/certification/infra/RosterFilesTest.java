package fr.plume.tool.certification.infra;

import static org.assertj.core.api.Assertions.assertThat;

import fr.plume.tool.certification.domain.Roster;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class RosterFilesTest {

    private final RosterFiles files = new RosterFiles();

    @Test
    void readsAnXlsxRosterWithNumbersAsTyped() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Sheet sheet = workbook.createSheet("candidats");
            Row header = sheet.createRow(0);
            header.createCell(0).setCellValue("identifiant");
            header.createCell(1).setCellValue("nom");
            header.createCell(2).setCellValue("tiers_temps");
            Row alice = sheet.createRow(1);
            alice.createCell(0).setCellValue(20231234);
            alice.createCell(1).setCellValue("Alice Martin");
            alice.createCell(2).setCellValue(33);
            workbook.write(out);
        }
        Roster roster = files.read("liste.xlsx", out.toByteArray());
        assertThat(roster.problems()).isEmpty();
        assertThat(roster.rows()).containsExactly(new Roster.Row(2, "20231234", "Alice Martin", 33, false));
    }

    @Test
    void readsSemicolonCsvWithBomAndQuotes() {
        byte[] csv = "\uFEFFidentifiant;nom;accessible\r\nu1;\"Martin; Alice\";oui\r\n\r\n"
                .getBytes(StandardCharsets.UTF_8);
        assertThat(files.read("liste.csv", csv).rows()).containsExactly(new Roster.Row(2, "u1", "Martin; Alice", 0, true));
    }

    @Test
    void readsTheWindows1252CsvAFrenchExcelWritesWithoutMangledAccents() {
        byte[] csv = "Identifiant;Prénom;Nom;Tiers-temps (%)\r\n42;Hélène;Lefèvre-Çelik;33\r\n"
                .getBytes(java.nio.charset.Charset.forName("windows-1252"));

        assertThat(files.read("export.csv", csv).rows())
                .containsExactly(new Roster.Row(2, "42", "Hélène Lefèvre-Çelik", 33, false));
    }

    @Test
    void utf8StaysUtf8EvenWhenItCouldBeReadOtherwise() {
        byte[] csv = "identifiant,nom\n7,Zoé Ñúñez\n".getBytes(StandardCharsets.UTF_8);

        assertThat(files.read("liste.csv", csv).rows()).containsExactly(new Roster.Row(2, "7", "Zoé Ñúñez", 0, false));
    }

    @Test
    void findsTheHeaderBelowTheTitleLinesAnExportStartsWith() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Sheet sheet = workbook.createSheet("Export");
            sheet.createRow(0).createCell(0).setCellValue("Université de Lille, liste des inscrits");
            sheet.createRow(1).createCell(0).setCellValue("Extraction du 02/12/2026");
            Row header = sheet.createRow(3);
            header.createCell(0).setCellValue("Nom");
            header.createCell(1).setCellValue("Prénom");
            header.createCell(2).setCellValue("Identifiant");
            Row alice = sheet.createRow(4);
            alice.createCell(0).setCellValue("Martin");
            alice.createCell(1).setCellValue("Alice");
            alice.createCell(2).setCellValue("17");
            workbook.write(out);
        }
        byte[] csv = "Liste des inscrits, session de janvier\n\nidentifiant;nom\n18;Bruno Petit\n"
                .getBytes(StandardCharsets.UTF_8);

        assertThat(files.read("export.xlsx", out.toByteArray()).rows())
                .containsExactly(new Roster.Row(5, "17", "Alice Martin", 0, false));
        assertThat(files.read("export.csv", csv).rows()).containsExactly(new Roster.Row(4, "18", "Bruno Petit", 0, false));
    }

    @Test
    void withoutAnyHeaderTheFirstLineSaysWhichColumnsAreMissing() {
        byte[] csv = "numero;nom\n18;Bruno Petit\n".getBytes(StandardCharsets.UTF_8);

        assertThat(files.read("liste.csv", csv).problems())
                .containsExactly(new Roster.Problem(1, "identifiant", "MISSING_COLUMN"));
    }

    @Test
    void aBrokenWorkbookIsUnreadableNotAnError() {
        assertThat(files.read("liste.xlsx", new byte[] {1, 2, 3}).problems())
                .containsExactly(new Roster.Problem(1, "", "UNREADABLE"));
    }
}
