package fr.plume.tool.psychometrics.web;

import fr.plume.framework.format.CsvFormulaGuard;
import fr.plume.tool.psychometrics.domain.DifResult;
import fr.plume.tool.psychometrics.domain.LogisticRegressionDif;
import fr.plume.tool.psychometrics.domain.MantelHaenszel;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * The DIF results as a table for export: CSV (UTF-8, comma-separated, dot decimals) or an XLSX
 * sheet with numeric cells, blank when there is no value.
 */
final class DifTable {

    static final List<String> COLUMNS = List.of("item", "reference_n", "focal_n", "mh_odds_ratio", "mh_d_dif",
            "mh_d_dif_se", "mh_chi2", "mh_p", "ets", "lr_uniform_chi2", "lr_uniform_p", "lr_uniform_delta_r2",
            "lr_nonuniform_chi2", "lr_nonuniform_p", "lr_nonuniform_delta_r2", "non_uniform", "flagged");

    private DifTable() {
    }

    private static Object[] cells(DifResult result) {
        MantelHaenszel.Result mh = result.mantelHaenszel();
        LogisticRegressionDif.Result lr = result.logistic();
        return new Object[] {result.itemId(), (double) result.referenceCount(), (double) result.focalCount(),
            mh.oddsRatio(), mh.delta(), mh.deltaStandardError(), mh.chiSquare(), mh.pValue(), mh.category().name(),
            lr.uniformChiSquare(), lr.uniformP(), lr.uniformDeltaR2(), lr.nonUniformChiSquare(), lr.nonUniformP(),
            lr.nonUniformDeltaR2(), Boolean.toString(result.nonUniform()), Boolean.toString(result.flagged())};
    }

    static String csv(List<DifResult> results) {
        StringBuilder csv = new StringBuilder(String.join(",", COLUMNS)).append('\n');
        for (DifResult result : results) {
            Object[] cells = cells(result);
            for (int c = 0; c < cells.length; c++) {
                csv.append(c == 0 ? "" : ",").append(cells[c] instanceof Double number ? csvNumber(number, c)
                        : CsvFormulaGuard.neutralise((String) cells[c]));
            }
            csv.append('\n');
        }
        return csv.toString();
    }

    static void xlsx(List<DifResult> results, OutputStream out) throws IOException {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(100)) {
            var sheet = workbook.createSheet("dif");
            Row header = sheet.createRow(0);
            for (int c = 0; c < COLUMNS.size(); c++) {
                header.createCell(c).setCellValue(COLUMNS.get(c));
            }
            int r = 1;
            for (DifResult result : results) {
                Row row = sheet.createRow(r++);
                Object[] cells = cells(result);
                for (int c = 0; c < cells.length; c++) {
                    if (cells[c] instanceof Double number) {
                        if (Double.isFinite(number)) {
                            row.createCell(c).setCellValue(number);
                        }
                    } else {
                        row.createCell(c).setCellValue(CsvFormulaGuard.neutralise((String) cells[c]));
                    }
                }
            }
            workbook.write(out);
        }
    }

    private static String csvNumber(double value, int column) {
        if (!Double.isFinite(value)) {
            return "";
        }
        return column <= 2 ? Long.toString(Math.round(value)) : String.format(Locale.ROOT, "%.4g", value);
    }
}
