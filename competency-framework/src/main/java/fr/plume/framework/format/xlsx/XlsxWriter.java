package fr.plume.framework.format.xlsx;

import fr.plume.framework.model.Competency;
import fr.plume.framework.model.Domain;
import fr.plume.framework.model.Framework;
import fr.plume.framework.model.LevelDescriptor;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import static fr.plume.framework.format.xlsx.WorkbookLayout.*;

/** Writes the XLSX authoring workbook: a "Lisez-moi" sheet, then one sheet per kind of element. */
public final class XlsxWriter {

    private static final int TEXT_WIDTH = 60;
    private static final int SHORT_WIDTH = 14;
    private static final int UUID_WIDTH = 38;

    private final XSSFWorkbook workbook = new XSSFWorkbook();
    private final CellStyle header;
    private final CellStyle text;
    private final CellStyle wrapped;
    private final CellStyle title;

    private XlsxWriter() {
        Font bold = workbook.createFont();
        bold.setBold(true);
        header = workbook.createCellStyle();
        header.setFont(bold);
        header.setFillForegroundColor(IndexedColors.PALE_BLUE.getIndex());
        header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        header.setBorderBottom(BorderStyle.THIN);
        header.setWrapText(true);
        header.setVerticalAlignment(VerticalAlignment.TOP);
        // Text format keeps codes such as 1.10 from being turned into the number 1.1.
        text = workbook.createCellStyle();
        text.setDataFormat(workbook.createDataFormat().getFormat("@"));
        text.setVerticalAlignment(VerticalAlignment.TOP);
        wrapped = workbook.createCellStyle();
        wrapped.cloneStyleFrom(text);
        wrapped.setWrapText(true);
        Font big = workbook.createFont();
        big.setBold(true);
        big.setFontHeightInPoints((short) 14);
        title = workbook.createCellStyle();
        title.setFont(big);
    }

    public static byte[] write(Framework framework) {
        XlsxWriter writer = new XlsxWriter();
        writer.readme();
        writer.frameworkSheet(framework);
        writer.domainsSheet(framework);
        writer.competenciesSheet(framework);
        writer.levelsSheet(framework);
        return writer.bytes();
    }

    private void readme() {
        Sheet sheet = workbook.createSheet(README);
        sheet.setColumnWidth(0, 110 * 256);
        int r = 0;
        for (String line : ReadmeText.LINES) {
            Row row = sheet.createRow(r++);
            var cell = row.createCell(0);
            cell.setCellValue(line);
            cell.setCellStyle(r == 1 || ReadmeText.isHeading(line) ? title : wrapped);
        }
    }

    private void frameworkSheet(Framework framework) {
        Sheet sheet = workbook.createSheet(FRAMEWORK);
        headerRow(sheet, List.of(FIELD, VALUE, HELP));
        String[][] rows = {
                {F_IDNUMBER, framework.idnumber().toString(), "Ne jamais modifier : identifie le référentiel pour toujours."},
                {F_CODE, framework.code(), "Code court et stable, par exemple PLUME-ECRIT."},
                {F_VERSION, framework.version(), "Version sémantique MAJEUR.MINEUR.CORRECTIF, par exemple 1.0.0."},
                {F_TITLE_FR, framework.title().fr(), "Obligatoire."},
                {F_TITLE_EN, framework.title().en(), "Facultatif, recommandé."},
                {F_DESCRIPTION_FR, framework.description().fr(), "Facultatif."},
                {F_DESCRIPTION_EN, framework.description().en(), "Facultatif."},
                {F_LICENCE, framework.licence(), "Identifiant SPDX de la licence, par exemple CC-BY-SA-4.0."},
        };
        for (int i = 0; i < rows.length; i++) {
            Row row = sheet.createRow(i + 1);
            for (int c = 0; c < 3; c++) {
                var cell = row.createCell(c);
                cell.setCellValue(rows[i][c]);
                cell.setCellStyle(c == 0 ? header : wrapped);
            }
        }
        widths(sheet, 26, TEXT_WIDTH, TEXT_WIDTH);
    }

    private void domainsSheet(Framework framework) {
        Sheet sheet = workbook.createSheet(DOMAINS);
        headerRow(sheet, DOMAIN_COLUMNS);
        int r = 1;
        for (Domain domain : framework.domains()) {
            cells(sheet.createRow(r++), domain.code(), domain.idnumber().toString(), domain.title().fr(), domain.title().en(),
                    domain.description().fr(), domain.description().en());
        }
        widths(sheet, SHORT_WIDTH, UUID_WIDTH, 40, 40, TEXT_WIDTH, TEXT_WIDTH);
        textColumns(sheet, DOMAIN_COLUMNS.size());
    }

    private void competenciesSheet(Framework framework) {
        Sheet sheet = workbook.createSheet(COMPETENCIES);
        headerRow(sheet, COMPETENCY_COLUMNS);
        int r = 1;
        for (Domain domain : framework.domains()) {
            for (Competency competency : domain.competencies()) {
                cells(sheet.createRow(r++), domain.code(), competency.code(), competency.idnumber().toString(),
                        competency.title().fr(), competency.title().en(), competency.description().fr(),
                        competency.description().en());
            }
        }
        widths(sheet, SHORT_WIDTH, SHORT_WIDTH, UUID_WIDTH, 40, 40, TEXT_WIDTH, TEXT_WIDTH);
        textColumns(sheet, COMPETENCY_COLUMNS.size());
        listFrom(sheet, 0, "'" + DOMAINS + "'!$A$2:$A$" + VALIDATED_ROWS,
                "Choisissez le code d'un domaine de la feuille « " + DOMAINS + " ».");
    }

    private void levelsSheet(Framework framework) {
        Sheet sheet = workbook.createSheet(LEVELS);
        headerRow(sheet, LEVEL_COLUMNS);
        int r = 1;
        for (Competency competency : framework.allCompetencies()) {
            for (LevelDescriptor descriptor : competency.levels()) {
                Row row = sheet.createRow(r++);
                cells(row, competency.code(), "", descriptor.text().fr(), descriptor.text().en());
                row.getCell(1).setCellValue(descriptor.level());
            }
        }
        widths(sheet, SHORT_WIDTH, SHORT_WIDTH, 80, 80);
        textColumns(sheet, LEVEL_COLUMNS.size());
        listFrom(sheet, 0, "'" + COMPETENCIES + "'!$B$2:$B$" + VALIDATED_ROWS,
                "Choisissez le code d'une compétence de la feuille « " + COMPETENCIES + " ».");
        DataValidationHelper helper = sheet.getDataValidationHelper();
        DataValidationConstraint levels = helper.createIntegerConstraint(
                DataValidationConstraint.OperatorType.BETWEEN, String.valueOf(LevelDescriptor.MIN_LEVEL),
                String.valueOf(LevelDescriptor.MAX_LEVEL));
        validation(sheet, helper.createValidation(levels, new CellRangeAddressList(1, VALIDATED_ROWS, 1, 1)),
                "Le niveau est un nombre entier de 1 à 6.");
    }

    private void listFrom(Sheet sheet, int column, String range, String message) {
        DataValidationHelper helper = sheet.getDataValidationHelper();
        DataValidation validation = helper.createValidation(helper.createFormulaListConstraint(range),
                new CellRangeAddressList(1, VALIDATED_ROWS, column, column));
        validation(sheet, validation, message);
    }

    private static void validation(Sheet sheet, DataValidation validation, String message) {
        validation.setShowErrorBox(true);
        validation.setErrorStyle(DataValidation.ErrorStyle.STOP);
        validation.createErrorBox("Valeur refusée", message);
        validation.setShowPromptBox(true);
        validation.createPromptBox("À saisir", message);
        sheet.addValidationData(validation);
    }

    private void headerRow(Sheet sheet, List<String> names) {
        Row row = sheet.createRow(0);
        for (int c = 0; c < names.size(); c++) {
            var cell = row.createCell(c);
            cell.setCellValue(names.get(c));
            cell.setCellStyle(header);
        }
        sheet.createFreezePane(0, 1);
    }

    private void cells(Row row, String... values) {
        for (int c = 0; c < values.length; c++) {
            var cell = row.createCell(c);
            cell.setCellValue(values[c]);
            cell.setCellStyle(wrapped);
        }
    }

    private void textColumns(Sheet sheet, int columns) {
        for (int c = 0; c < columns; c++) {
            sheet.setDefaultColumnStyle(c, text);
        }
    }

    private static void widths(Sheet sheet, int... characters) {
        for (int c = 0; c < characters.length; c++) {
            sheet.setColumnWidth(c, characters[c] * 256);
        }
    }

    private byte[] bytes() {
        try (workbook; ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
