package fr.plume.framework.format.xlsx;

import fr.plume.framework.TestFrameworks;
import fr.plume.framework.format.ImportResult;
import fr.plume.framework.model.Framework;
import fr.plume.framework.validation.Problem;
import fr.plume.framework.validation.ProblemCodes;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Consumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

class XlsxTest {

    private final Framework framework = TestFrameworks.small();

    private static XSSFWorkbook open(byte[] bytes) throws IOException {
        return new XSSFWorkbook(new ByteArrayInputStream(bytes));
    }

    private byte[] edited(Consumer<Workbook> edit) throws IOException {
        try (XSSFWorkbook workbook = open(XlsxWriter.write(framework)); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            edit.accept(workbook);
            workbook.write(out);
            return out.toByteArray();
        }
    }

    @Test
    void writesAReadmeThenOneSheetPerKindWithFrozenHeadersAndWideTextColumns() throws IOException {
        try (XSSFWorkbook workbook = open(XlsxWriter.write(framework))) {
            assertThat(workbook.getNumberOfSheets()).isEqualTo(5);
            assertThat(List.of(0, 1, 2, 3, 4)).extracting(workbook::getSheetName)
                    .containsExactly("Lisez-moi", "Référentiel", "Domaines", "Compétences", "Niveaux");
            assertThat(workbook.getSheet("Lisez-moi").getRow(0).getCell(0).getStringCellValue()).contains("classeur de saisie");
            for (String name : List.of("Référentiel", "Domaines", "Compétences", "Niveaux")) {
                Sheet sheet = workbook.getSheet(name);
                assertThat(sheet.getPaneInformation().isFreezePane()).as(name).isTrue();
                assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).as(name).isEqualTo((short) 1);
                assertThat(workbook.getFontAt(sheet.getRow(0).getCell(0).getCellStyle().getFontIndex()).getBold()).as(name).isTrue();
            }
            assertThat(workbook.getSheet("Niveaux").getColumnWidth(2)).isEqualTo(80 * 256);
            assertThat(workbook.getSheet("Niveaux").getLastRowNum()).isEqualTo(24);
            assertThat(workbook.getSheet("Niveaux").getRow(1).getCell(1).getNumericCellValue()).isEqualTo(1.0);
        }
    }

    @Test
    void restrictsLevelsToWholeNumbersFromOneToSixAndOffersParentCodesAsLists() throws IOException {
        try (XSSFWorkbook workbook = open(XlsxWriter.write(framework))) {
            List<? extends DataValidation> levels = workbook.getSheet("Niveaux").getDataValidations();
            assertThat(levels).anySatisfy(validation -> {
                DataValidationConstraint constraint = validation.getValidationConstraint();
                assertThat(constraint.getValidationType()).isEqualTo(DataValidationConstraint.ValidationType.INTEGER);
                assertThat(constraint.getFormula1()).isEqualTo("1");
                assertThat(constraint.getFormula2()).isEqualTo("6");
                assertThat(validation.getRegions().getCellRangeAddress(0).getFirstColumn()).isEqualTo(1);
                assertThat(validation.getShowErrorBox()).isTrue();
            });
            assertThat(levels).anySatisfy(validation -> assertThat(validation.getValidationConstraint().getFormula1())
                    .isEqualTo("'Compétences'!$B$2:$B$2000"));
            assertThat(workbook.getSheet("Compétences").getDataValidations()).singleElement()
                    .satisfies(validation -> assertThat(validation.getValidationConstraint().getFormula1()).isEqualTo("'Domaines'!$A$2:$A$2000"));
        }
    }

    @Test
    void readsBackTheWorkbookWithNonBmpTextAndCodesSuchAsTwoPointTen() {
        ImportResult result = XlsxReader.read(XlsxWriter.write(framework));
        assertThat(result.framework()).contains(framework);
        assertThat(result.framework().orElseThrow().competencyByCode("2.10")).isPresent();
    }

    @Test
    void toleratesReorderedColumnsRetypedHeadersBlankRowsAndLevelsTypedAsText() throws IOException {
        byte[] bytes = edited(workbook -> {
            Sheet levels = workbook.getSheet("Niveaux");
            for (Row row : levels) {
                String first = row.getCell(0).getStringCellValue();
                row.getCell(0).setCellValue(row.getCell(2).getStringCellValue());
                row.getCell(2).setCellValue(first);
                if (row.getRowNum() > 0) {
                    double level = row.getCell(1).getNumericCellValue();
                    row.getCell(1).setCellValue(String.valueOf((int) level));
                }
            }
            levels.getRow(0).getCell(3).setCellValue("DESCRIPTEUR (ANGLAIS) ");
            levels.shiftRows(10, levels.getLastRowNum(), 2);
            workbook.setSheetName(workbook.getSheetIndex("Compétences"), "Competences");
        });
        assertThat(XlsxReader.read(bytes).framework()).contains(framework);
    }

    @Test
    void locatesEveryProblemBySheetRowAndColumn() throws IOException {
        byte[] bytes = edited(workbook -> {
            Sheet levels = workbook.getSheet("Niveaux");
            levels.getRow(4).getCell(2).setCellValue("");
            levels.getRow(5).getCell(1).setCellValue(9);
            levels.getRow(2).getCell(1).setCellValue("trois");
            Sheet competencies = workbook.getSheet("Compétences");
            competencies.getRow(2).getCell(1).setCellValue("1.1");
            competencies.getRow(4).getCell(0).setCellValue("7");
            workbook.getSheet("Référentiel").getRow(3).getCell(1).setCellValue("1.0");
            workbook.getSheet("Domaines").getRow(1).getCell(1).setCellValue("pas-un-uuid");
        });

        ImportResult result = XlsxReader.read(bytes);

        assertThat(result.framework()).isEmpty();
        assertThat(result.problems()).extracting(Problem::code, Problem::location).contains(
                tuple(ProblemCodes.MISSING_FRENCH_TEXT, "feuille « Niveaux », ligne 5, colonne C"),
                tuple(ProblemCodes.LEVEL_OUT_OF_RANGE, "feuille « Niveaux », ligne 6, colonne B"),
                tuple(ProblemCodes.INVALID_LEVEL, "feuille « Niveaux », ligne 3, colonne B"),
                tuple(ProblemCodes.ORPHAN, "feuille « Niveaux », ligne 8, colonne A"),
                tuple(ProblemCodes.DUPLICATE_CODE, "feuille « Compétences », ligne 3, colonne B"),
                tuple(ProblemCodes.ORPHAN, "feuille « Compétences », ligne 5, colonne A"),
                tuple(ProblemCodes.INVALID_VERSION, "feuille « Référentiel », ligne 4, colonne B"),
                tuple(ProblemCodes.INVALID_UUID, "feuille « Domaines », ligne 2, colonne B"));
        assertThat(result.problems()).doesNotHaveDuplicates();
        assertThat(result.problems()).filteredOn(p -> p.code().equals(ProblemCodes.ORPHAN)).extracting(Problem::message)
                .anySatisfy(message -> assertThat(message).contains("« 7 »", "Domaines"));
    }

    @Test
    void reportsAMissingSheetOrColumn() throws IOException {
        byte[] noLevels = edited(workbook -> workbook.removeSheetAt(workbook.getSheetIndex("Niveaux")));
        assertThat(XlsxReader.read(noLevels).problems()).extracting(Problem::code, Problem::location)
                .containsExactly(tuple(ProblemCodes.XLSX_MISSING_SHEET, "feuille « Niveaux »"));

        byte[] noTitle = edited(workbook -> workbook.getSheet("Domaines").getRow(0).getCell(2).setCellValue("Intitulé"));
        assertThat(XlsxReader.read(noTitle).problems()).extracting(Problem::message)
                .contains("La colonne « Titre (français) » est introuvable dans l'en-tête de la feuille « Domaines ».");
    }

    @Test
    void refusesAnArchiveWhoseEntryNameIsNotUtf8AsAnUnreadableWorkbook() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("xl/workbook.xml"));
            zip.write("<workbook/>".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        byte[] archive = bytes.toByteArray();
        archive[30] = (byte) 0xFF; // the first byte of the local header's file name (ZIP APPNOTE §4.3.7)

        ImportResult result = XlsxReader.read(archive);

        assertThat(result.framework()).isEmpty();
        assertThat(result.problems()).extracting(Problem::code).containsExactly(ProblemCodes.XLSX_UNREADABLE);
    }

    @Test
    void refusesAZipBombBeforePoiInflatesIt() throws IOException {
        ByteArrayOutputStream bomb = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bomb)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write("<Types/>".getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
            byte[] spaces = new byte[1024 * 1024];
            java.util.Arrays.fill(spaces, (byte) ' ');
            for (int i = 0; i < 300; i++) {
                zip.write(spaces);
            }
        }
        assertThat(bomb.size()).isLessThan(2 * 1024 * 1024);

        ImportResult result = XlsxReader.read(bomb.toByteArray());

        assertThat(result.framework()).isEmpty();
        assertThat(result.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.code()).isEqualTo(ProblemCodes.XLSX_ZIP_BOMB);
            assertThat(problem.message()).contains("décompressé");
        });
    }

    @Test
    void reportsAFileThatIsNotAWorkbook() {
        assertThat(XlsxReader.read("Code;Titre\n1;Orthographe\n".getBytes(StandardCharsets.UTF_8)).problems())
                .extracting(Problem::code).containsExactly(ProblemCodes.XLSX_UNREADABLE);
        byte[] ole2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1, 0, 0, 0, 0};
        assertThat(XlsxReader.read(ole2).problems()).extracting(Problem::message).singleElement().asString().contains(".xls");
    }

    @Test
    void refusesAWorkbookWithADoctypeAndSaysSo() throws IOException {
        byte[] workbook = XlsxWriter.write(framework);
        ByteArrayOutputStream hostile = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(workbook));
             ZipOutputStream out = new ZipOutputStream(hostile)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                byte[] part = in.readAllBytes();
                if (entry.getName().equals("xl/workbook.xml")) {
                    String xml = new String(part, StandardCharsets.UTF_8);
                    int afterDeclaration = xml.indexOf("?>") + 2;
                    part = (xml.substring(0, afterDeclaration) + "<!DOCTYPE workbook [<!ENTITY x SYSTEM \"file:///etc/hostname\">]>"
                            + xml.substring(afterDeclaration)).getBytes(StandardCharsets.UTF_8);
                }
                out.putNextEntry(new ZipEntry(entry.getName()));
                out.write(part);
            }
        }

        ImportResult result = XlsxReader.read(hostile.toByteArray());

        assertThat(result.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.code()).isEqualTo(ProblemCodes.XLSX_DOCTYPE);
            assertThat(problem.location()).isEqualTo("xl/workbook.xml");
            assertThat(problem.message()).contains("DOCTYPE").doesNotContain(".xls");
        });
    }

    @Test
    void matchesSheetAndHeaderNamesWithoutCaseOrAccents() {
        assertThat(XlsxReader.normalize("  Compétences ")).isEqualTo(XlsxReader.normalize("COMPETENCES"));
        assertThat(XlsxReader.normalize("Titre  (français)")).isEqualTo("titre (francais)");
    }
}
