package fr.plume.tool.dashboard.application;

import fr.plume.framework.format.CsvFormulaGuard;
import fr.plume.tool.dashboard.domain.AttemptMode;
import fr.plume.tool.dashboard.domain.CostShare;
import fr.plume.tool.dashboard.domain.MemberUsage;
import fr.plume.tool.dashboard.domain.UsageCell;
import fr.plume.tool.dashboard.domain.UsageReport;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;

/**
 * The usage report as an XLSX workbook, streamed (POI SXSSF): a "usage" sheet, one row per member,
 * numbers as numeric cells and suppressed cells as the text "< 5"; a "cost split" sheet with the
 * rule and each member's share. Header rows are frozen; every text cell goes through
 * {@link CsvFormulaGuard}, so a member name starting with "=" stays text.
 */
@Service
public class ExportUsage {

    private static final String SUPPRESSED = "< " + UsageCell.THRESHOLD;

    private final MessageSource messages;

    ExportUsage(MessageSource messages) {
        this.messages = messages;
    }

    public void write(UsageReport report, Locale locale, OutputStream out) throws IOException {
        SXSSFWorkbook workbook = new SXSSFWorkbook(100);
        try {
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            CellStyle money = workbook.createCellStyle();
            money.setDataFormat(workbook.createDataFormat().getFormat("#,##0.00"));
            usageSheet(workbook.createSheet(text("usage.xlsx.sheet.usage", locale)), report, locale, bold);
            splitSheet(workbook.createSheet(text("usage.xlsx.sheet.split", locale)), report, locale, bold, money);
            workbook.write(out);
        } finally {
            workbook.close();
        }
    }

    private void usageSheet(Sheet sheet, UsageReport report, Locale locale, CellStyle bold) {
        List<String> headers = new ArrayList<>(List.of("usage.column.code", "usage.column.member", "usage.column.launches",
                "usage.column.activeStudents"));
        for (AttemptMode mode : AttemptMode.values()) {
            headers.add("usage.column.attempts." + mode);
        }
        headers.addAll(List.of("usage.column.certificates", "usage.column.essaysMarked"));
        header(sheet, headers, locale, bold);
        int r = 1;
        for (MemberUsage m : report.members()) {
            Row row = sheet.createRow(r++);
            text(row, 0, m.code());
            text(row, 1, m.name());
            count(row, 2, m.launches());
            count(row, 3, m.activeStudents());
            int c = 4;
            for (AttemptMode mode : AttemptMode.values()) {
                count(row, c++, m.attempts(mode));
            }
            count(row, c++, m.certificates());
            count(row, c, m.essaysMarked());
        }
        if (report.members().size() > 1) {
            Row total = sheet.createRow(r++);
            text(total, 0, "");
            text(total, 1, text("usage.total", locale)).setCellStyle(bold);
            total.createCell(2).setCellValue(report.totalLaunches());
            total.createCell(3).setCellValue(report.totalActiveStudents());
            int c = 4;
            for (AttemptMode mode : AttemptMode.values()) {
                total.createCell(c++).setCellValue(report.totalAttempts().get(mode));
            }
            total.createCell(c++).setCellValue(report.totalCertificates());
            total.createCell(c).setCellValue(report.totalEssaysMarked());
        }
        r++;
        text(sheet.createRow(r++), 0, text("usage.period", locale, report.period().from(), report.period().to()));
        text(sheet.createRow(r), 0, text("usage.suppression.note", locale));
    }

    private void splitSheet(Sheet sheet, UsageReport report, Locale locale, CellStyle bold, CellStyle money) {
        header(sheet, List.of("usage.column.code", "usage.column.member", "usage.split.fixed", "usage.split.students",
                "usage.split.certificates", "usage.split.total"), locale, bold);
        int r = 1;
        for (MemberUsage m : report.members()) {
            CostShare share = report.shares().get(m.memberId());
            Row row = sheet.createRow(r++);
            text(row, 0, m.code());
            text(row, 1, m.name());
            amount(row, 2, share.fixed(), money);
            amount(row, 3, share.byStudents(), money);
            amount(row, 4, share.byCertificates(), money);
            amount(row, 5, share.total(), money);
        }
        r++;
        Row amount = sheet.createRow(r++);
        text(amount, 0, text("usage.rule.amount", locale));
        amount(amount, 1, report.rule().amount(), money);
        weight(sheet.createRow(r++), text("usage.rule.fixedWeight", locale), report.rule().fixedWeight());
        weight(sheet.createRow(r++), text("usage.rule.studentWeight", locale), report.rule().studentWeight());
        weight(sheet.createRow(r++), text("usage.rule.certificateWeight", locale), report.rule().certificateWeight());
        text(sheet.createRow(r), 0, text("usage.split.note", locale));
    }

    private void header(Sheet sheet, List<String> keys, Locale locale, CellStyle bold) {
        Row row = sheet.createRow(0);
        for (int i = 0; i < keys.size(); i++) {
            text(row, i, text(keys.get(i), locale)).setCellStyle(bold);
            sheet.setColumnWidth(i, i == 1 ? 40 * 256 : 18 * 256);
        }
        sheet.createFreezePane(0, 1);
    }

    private static Cell text(Row row, int column, String value) {
        Cell cell = row.createCell(column);
        cell.setCellValue(CsvFormulaGuard.neutralise(value == null ? "" : value));
        return cell;
    }

    private static void count(Row row, int column, UsageCell value) {
        if (value.suppressed()) {
            text(row, column, SUPPRESSED);
        } else {
            row.createCell(column).setCellValue(value.value());
        }
    }

    private static void amount(Row row, int column, BigDecimal value, CellStyle money) {
        Cell cell = row.createCell(column);
        cell.setCellValue(value.doubleValue());
        cell.setCellStyle(money);
    }

    private static void weight(Row row, String label, BigDecimal value) {
        text(row, 0, label);
        row.createCell(1).setCellValue(value.doubleValue());
    }

    private String text(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, locale);
    }
}
