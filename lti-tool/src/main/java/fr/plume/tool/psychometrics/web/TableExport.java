package fr.plume.tool.psychometrics.web;

import fr.plume.framework.format.CsvFormulaGuard;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * A table of the psychometrician's pages as a download: CSV (UTF-8, comma-separated, dot decimals)
 * or an XLSX sheet. Cells are numbers ({@link Number}, blank when not finite) or text (through
 * {@link CsvFormulaGuard}, so nothing is taken for a formula).
 */
record TableExport(String name, List<String> columns, List<List<Object>> rows) {

    private static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    ResponseEntity<String> csv() {
        StringBuilder csv = new StringBuilder(String.join(",", columns)).append('\n');
        for (List<Object> row : rows) {
            for (int c = 0; c < row.size(); c++) {
                csv.append(c == 0 ? "" : ",").append(csvCell(row.get(c)));
            }
            csv.append('\n');
        }
        return ResponseEntity.ok().contentType(MediaType.parseMediaType("text/csv;charset=UTF-8"))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + name + ".csv\"")
                .body(csv.toString());
    }

    ResponseEntity<StreamingResponseBody> xlsx() {
        return ResponseEntity.ok().contentType(XLSX)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + name + ".xlsx\"")
                .body(this::writeXlsx);
    }

    private void writeXlsx(OutputStream out) throws IOException {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(100)) {
            var sheet = workbook.createSheet(name);
            Row header = sheet.createRow(0);
            for (int c = 0; c < columns.size(); c++) {
                header.createCell(c).setCellValue(columns.get(c));
            }
            int r = 1;
            for (List<Object> values : rows) {
                Row row = sheet.createRow(r++);
                for (int c = 0; c < values.size(); c++) {
                    if (values.get(c) instanceof Number number) {
                        if (Double.isFinite(number.doubleValue())) {
                            row.createCell(c).setCellValue(number.doubleValue());
                        }
                    } else {
                        row.createCell(c).setCellValue(CsvFormulaGuard.neutralise(String.valueOf(values.get(c))));
                    }
                }
            }
            workbook.write(out);
        }
    }

    private static String csvCell(Object value) {
        if (value instanceof Integer || value instanceof Long) {
            return value.toString();
        }
        if (value instanceof Number number) {
            return Double.isFinite(number.doubleValue())
                    ? String.format(Locale.ROOT, "%.4f", number.doubleValue()) : "";
        }
        return CsvFormulaGuard.neutralise(String.valueOf(value));
    }
}
