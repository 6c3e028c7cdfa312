package fr.plume.tool.dashboard.infra;

import fr.plume.framework.format.CsvFormulaGuard;
import fr.plume.tool.dashboard.domain.ClassSpreadsheets;
import fr.plume.tool.dashboard.domain.ClassTable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.stereotype.Component;

/**
 * XLSX through POI's streaming SXSSF (only a window of rows in memory, the rest flushed to a
 * temporary file, so a class of 1,000 stays well under the heap budget) and CSV through Commons CSV.
 */
@Component
class PoiClassSpreadsheets implements ClassSpreadsheets {

    /** Rows kept in memory per sheet before SXSSF flushes them. */
    private static final int WINDOW = 200;
    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    private static final DateTimeFormatter CSV_MOMENT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    @Override
    public void xlsx(List<ClassTable> tables, ZoneId zone, OutputStream out) throws IOException {
        SXSSFWorkbook workbook = new SXSSFWorkbook(WINDOW);
        try {
            Styles styles = new Styles(workbook);
            Set<String> names = new HashSet<>();
            for (ClassTable table : tables) {
                sheet(workbook, uniqueName(table.name(), names), table, zone, styles);
            }
            workbook.write(out);
        } finally {
            workbook.close(); // also deletes SXSSF's temporary files
        }
    }

    private static void sheet(SXSSFWorkbook workbook, String name, ClassTable table, ZoneId zone, Styles styles) {
        SXSSFSheet sheet = workbook.createSheet(name);
        sheet.createFreezePane(0, 1);
        Row header = sheet.createRow(0);
        for (int c = 0; c < table.headers().size(); c++) {
            Cell cell = header.createCell(c);
            cell.setCellValue(CsvFormulaGuard.neutralise(table.headers().get(c)));
            cell.setCellStyle(styles.header);
        }
        int r = 1;
        for (List<Object> values : table.rows()) {
            Row row = sheet.createRow(r++);
            for (int c = 0; c < values.size(); c++) {
                write(row, c, values.get(c), zone, styles);
            }
        }
        for (int c = 0; c < table.headers().size(); c++) {
            sheet.setColumnWidth(c, Math.min(60, Math.max(12, table.headers().get(c).length() + 2)) * 256);
        }
    }

    private static void write(Row row, int column, Object value, ZoneId zone, Styles styles) {
        if (value == null) {
            return;
        }
        Cell cell = row.createCell(column);
        if (value instanceof Number n) {
            cell.setCellValue(n.doubleValue());
            if (n instanceof Double || n instanceof Float) {
                cell.setCellStyle(styles.decimal);
            }
        } else if (value instanceof Boolean b) {
            cell.setCellValue(b);
        } else if (value instanceof Instant at) {
            cell.setCellValue(at.atZone(zone).toLocalDateTime());
            cell.setCellStyle(styles.moment);
        } else {
            cell.setCellValue(CsvFormulaGuard.neutralise(value.toString()));
        }
    }

    /** Sheet names: at most 31 characters, none of []:*?/\ and unique in the workbook. */
    private static String uniqueName(String wanted, Set<String> taken) {
        String base = WorkbookUtil.createSafeSheetName(wanted);
        String name = base;
        for (int i = 2; !taken.add(name.toLowerCase()); i++) {
            String suffix = " " + i;
            name = base.substring(0, Math.min(base.length(), 31 - suffix.length())) + suffix;
        }
        return name;
    }

    @Override
    public void csv(ClassTable table, ZoneId zone, OutputStream out) throws IOException {
        out.write(BOM);
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        CSVPrinter printer = new CSVPrinter(writer, CSVFormat.RFC4180);
        printer.printRecord(table.headers().stream().map(CsvFormulaGuard::neutralise).toList());
        for (List<Object> values : table.rows()) {
            printer.printRecord(values.stream().map(v -> text(v, zone)).toList());
        }
        printer.flush();
    }

    /** Numbers as plain decimals (a dot), moments as local date and time: what spreadsheets read back. */
    private static String text(Object value, ZoneId zone) {
        if (value == null) {
            return "";
        }
        if (value instanceof Instant at) {
            return CSV_MOMENT.withZone(zone).format(at);
        }
        if (value instanceof Number || value instanceof Boolean) {
            return value.toString();
        }
        return CsvFormulaGuard.neutralise(value.toString());
    }

    private static final class Styles {
        final CellStyle header;
        final CellStyle moment;
        final CellStyle decimal;

        Styles(SXSSFWorkbook workbook) {
            Font bold = workbook.createFont();
            bold.setBold(true);
            header = workbook.createCellStyle();
            header.setFont(bold);
            moment = workbook.createCellStyle();
            moment.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd hh:mm"));
            decimal = workbook.createCellStyle();
            decimal.setDataFormat(workbook.createDataFormat().getFormat("0.0"));
        }
    }
}
