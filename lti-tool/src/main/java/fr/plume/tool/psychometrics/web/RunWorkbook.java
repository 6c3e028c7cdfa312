package fr.plume.tool.psychometrics.web;

import fr.plume.framework.format.CsvFormulaGuard;
import fr.plume.tool.psychometrics.domain.AnalysedItem;
import fr.plume.tool.psychometrics.domain.ItemEstimate;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * A run's items as an XLSX sheet, written row by row (POI streaming: only a window of rows is held
 * in memory). Numbers are numeric cells, blank when there is no value; text goes through
 * {@link CsvFormulaGuard} so an item id or flag starting with "=" stays text.
 */
final class RunWorkbook {

    static final List<String> COLUMNS = List.of("item", "status", "responses", "a", "se_a", "b", "se_b", "p",
            "point_biserial", "sx2", "df", "sx2_p", "flags", "options");

    private RunWorkbook() {
    }

    static void write(List<AnalysedItem> items, OutputStream out) throws IOException {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(100)) {
            var sheet = workbook.createSheet("items");
            Row header = sheet.createRow(0);
            for (int c = 0; c < COLUMNS.size(); c++) {
                header.createCell(c).setCellValue(COLUMNS.get(c));
            }
            int r = 1;
            for (AnalysedItem item : items) {
                ItemEstimate estimate = item.estimate();
                Row row = sheet.createRow(r++);
                text(row, 0, estimate.itemId());
                text(row, 1, estimate.status().name());
                number(row, 2, estimate.responseCount());
                number(row, 3, estimate.parameter().a());
                number(row, 4, estimate.parameter().seA());
                number(row, 5, estimate.parameter().b());
                number(row, 6, estimate.parameter().seB());
                number(row, 7, item.pValue());
                number(row, 8, item.pointBiserial());
                number(row, 9, item.fitChiSquare());
                number(row, 10, item.fitDegreesOfFreedom());
                number(row, 11, item.fitP());
                text(row, 12, String.join(" ", item.flags()));
                text(row, 13, Figures.options(item.options()));
            }
            workbook.write(out);
        }
    }

    private static void text(Row row, int column, String value) {
        row.createCell(column).setCellValue(CsvFormulaGuard.neutralise(value));
    }

    private static void number(Row row, int column, double value) {
        if (Double.isFinite(value)) {
            row.createCell(column).setCellValue(value);
        }
    }
}
