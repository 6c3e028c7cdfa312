package fr.plume.tool.itembank.application;

import fr.plume.framework.content.ItemType;
import fr.plume.tool.shared.domain.PlumeProblemException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The item workbook (.xlsx): one sheet "Questions", one question per row, with the columns of the
 * item editor. The answer key is in the bank's format, as in the editor. The template offered for
 * download holds the header and one example row per type.
 */
public final class ItemWorkbook {

    static final String SHEET = "Questions";
    static final List<String> COLUMNS = List.of("type", "competency", "level", "stem_fr", "stem_en", "answer",
            "feedback_fr", "feedback_en", "explanation_fr", "explanation_en", "licence");
    private static final byte[] ZIP = {'P', 'K', 3, 4};

    private ItemWorkbook() {
    }

    /** One row of the sheet as an editor form, or what is wrong with it. */
    public record WorkbookRow(int number, ItemForm form, String problem) {
    }

    static boolean looksLikeWorkbook(byte[] content) {
        if (content.length < ZIP.length) {
            return false;
        }
        for (int i = 0; i < ZIP.length; i++) {
            if (content[i] != ZIP[i]) {
                return false;
            }
        }
        return true;
    }

    public static byte[] template() {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet(SHEET);
            Row header = sheet.createRow(0);
            for (int i = 0; i < COLUMNS.size(); i++) {
                header.createCell(i).setCellValue(COLUMNS.get(i));
            }
            int number = 1;
            for (ItemType type : ItemType.values()) {
                Row row = sheet.createRow(number++);
                List<String> values = List.of(type.name(), "1.1", "2", "Consigne (" + type.name().toLowerCase(Locale.ROOT) + ")",
                        "", AnswerTemplates.of(type), "Rétroaction.", "", "Explication de la règle.", "",
                        ItemForm.DEFAULT_LICENCE);
                for (int i = 0; i < values.size(); i++) {
                    row.createCell(i).setCellValue(values.get(i));
                }
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<WorkbookRow> read(byte[] content) {
        List<WorkbookRow> rows = new ArrayList<>();
        DataFormatter formatter = new DataFormatter(Locale.ROOT);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(content))) {
            Sheet sheet = workbook.getSheet(SHEET);
            if (sheet == null) {
                throw new PlumeProblemException("ITEMBANK-IMPORT-UNREADABLE", 422, "sheet « " + SHEET + " »");
            }
            for (int index = 1; index <= sheet.getLastRowNum(); index++) {
                Row row = sheet.getRow(index);
                if (row == null || blank(row, formatter)) {
                    continue;
                }
                rows.add(row(index + 1, row, formatter));
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof PlumeProblemException problem) {
                throw problem;
            }
            throw new PlumeProblemException("ITEMBANK-IMPORT-UNREADABLE", 422, "xlsx");
        }
        return rows;
    }

    private static WorkbookRow row(int number, Row row, DataFormatter formatter) {
        List<String> values = new ArrayList<>();
        for (int i = 0; i < COLUMNS.size(); i++) {
            Cell cell = row.getCell(i);
            values.add(cell == null ? "" : formatter.formatCellValue(cell).strip());
        }
        ItemType type;
        try {
            type = ItemType.valueOf(values.get(0).toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return new WorkbookRow(number, null, "type: « " + values.get(0) + " »");
        }
        int level;
        try {
            level = Integer.parseInt(values.get(2));
        } catch (NumberFormatException e) {
            return new WorkbookRow(number, null, "level: « " + values.get(2) + " »");
        }
        return new WorkbookRow(number, new ItemForm(null, type, values.get(1), level, values.get(3), values.get(4),
                values.get(5), values.get(6), values.get(7), values.get(8), values.get(9), values.get(10), true, true,
                ""), null);
    }

    private static boolean blank(Row row, DataFormatter formatter) {
        for (int i = 0; i < COLUMNS.size(); i++) {
            Cell cell = row.getCell(i);
            if (cell != null && !formatter.formatCellValue(cell).isBlank()) {
                return false;
            }
        }
        return true;
    }
}
