package fr.plume.tool.certification.infra;

import fr.plume.tool.certification.domain.Certificate;
import fr.plume.tool.certification.domain.RegisterFormat;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.ZoneOffset;
import java.util.List;
import java.util.function.Consumer;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.stereotype.Component;

/**
 * The register as XLSX, streamed (POI SXSSF keeps 100 rows in memory). Texts that a spreadsheet
 * would read as a formula (= + - @, tab, carriage return) are prefixed with a quote (DESIGN §8).
 */
@Component
class XlsxRegister implements RegisterFormat {

    static final List<String> HEADERS = List.of("code", "holder", "certification", "framework_version",
            "sitting_date", "level", "score_low", "score_high", "issued_at_utc", "valid_until_utc", "status",
            "revoked_at_utc", "revocation_reason", "member_id", "candidate_id");

    @Override
    public void write(Consumer<Consumer<Certificate>> rows, OutputStream out) {
        SXSSFWorkbook workbook = new SXSSFWorkbook(100);
        try {
            Sheet sheet = workbook.createSheet("certificates");
            Row header = sheet.createRow(0);
            for (int i = 0; i < HEADERS.size(); i++) {
                header.createCell(i).setCellValue(HEADERS.get(i));
            }
            int[] next = {1};
            rows.accept(certificate -> row(sheet.createRow(next[0]++), certificate));
            workbook.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            workbook.dispose();
            try {
                workbook.close();
            } catch (IOException e) {
                // nothing more to free
            }
        }
    }

    private static void row(Row row, Certificate c) {
        String[] text = {c.code().grouped(), c.holderName(), c.certification(), c.frameworkVersion(),
            c.sittingDate().toString()};
        for (int i = 0; i < text.length; i++) {
            row.createCell(i).setCellValue(neutralised(text[i]));
        }
        row.createCell(5).setCellValue(c.level());
        row.createCell(6).setCellValue(c.scoreBand().low());
        row.createCell(7).setCellValue(c.scoreBand().high());
        row.createCell(8).setCellValue(c.issuedAt().atOffset(ZoneOffset.UTC).toString());
        row.createCell(9).setCellValue(c.validUntil().atOffset(ZoneOffset.UTC).toString());
        row.createCell(10).setCellValue(c.revocation() != null ? "REVOKED" : "ISSUED");
        row.createCell(11).setCellValue(c.revocation() == null ? "" : c.revocation().at().atOffset(ZoneOffset.UTC).toString());
        row.createCell(12).setCellValue(c.revocation() == null ? "" : c.revocation().reason().name());
        row.createCell(13).setCellValue(c.memberId().toString());
        row.createCell(14).setCellValue(c.candidateId().toString());
    }

    static String neutralised(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        return "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
    }
}
