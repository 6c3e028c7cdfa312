package fr.plume.tool.dashboard.application;

import static org.assertj.core.api.Assertions.assertThat;

import fr.plume.tool.dashboard.domain.AttemptMode;
import fr.plume.tool.dashboard.domain.CostRule;
import fr.plume.tool.dashboard.domain.CostSplit;
import fr.plume.tool.dashboard.domain.MemberUsage;
import fr.plume.tool.dashboard.domain.UsageCell;
import fr.plume.tool.dashboard.domain.UsagePeriod;
import fr.plume.tool.dashboard.domain.UsageReport;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

/** The usage workbook, opened again with POI: typed cells, frozen headers, "< 5" and no formula. */
class ExportUsageTest {

    private final ExportUsage exportUsage = new ExportUsage(messages());

    private static ResourceBundleMessageSource messages() {
        ResourceBundleMessageSource source = new ResourceBundleMessageSource();
        source.setBasenames("i18n/dashboard");
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        return source;
    }

    private static MemberUsage member(String code, String name, long students) {
        UsageCell cell = new UsageCell(students, students);
        return new MemberUsage(UUID.randomUUID(), code, name, new UsageCell(students * 3, students), cell,
                Map.of(AttemptMode.DIAGNOSTIC, new UsageCell(students * 2, students)), cell, UsageCell.ZERO);
    }

    private XSSFWorkbook export(UsageReport report, Locale locale) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        exportUsage.write(report, locale, out);
        return new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()));
    }

    @Test
    void oneRowPerMemberWithNumbersAsNumbersAndSmallGroupsAsLessThanFive() throws Exception {
        MemberUsage big = member("big", "Université Big", 12);
        MemberUsage small = member("small", "Université Small", 3);
        List<MemberUsage> usage = List.of(big, small);
        CostRule rule = new CostRule(new BigDecimal("1000"), BigDecimal.ONE, BigDecimal.ONE, BigDecimal.ZERO);
        UsageReport report = new UsageReport(new UsagePeriod(YearMonth.of(2026, 9), YearMonth.of(2027, 8)), usage,
                rule, CostSplit.split(rule, usage));

        try (XSSFWorkbook workbook = export(report, Locale.FRENCH)) {
            Sheet sheet = workbook.getSheet("Usage");
            assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
            assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 1);
            assertThat(sheet.getRow(0).getCell(3).getStringCellValue()).isEqualTo("Étudiants actifs");
            Row bigRow = sheet.getRow(1);
            assertThat(bigRow.getCell(3).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(bigRow.getCell(3).getNumericCellValue()).isEqualTo(12);
            Row smallRow = sheet.getRow(2);
            assertThat(smallRow.getCell(3).getCellType()).isEqualTo(CellType.STRING);
            assertThat(smallRow.getCell(3).getStringCellValue()).isEqualTo("< 5");
            Row total = sheet.getRow(3);
            assertThat(total.getCell(3).getNumericCellValue()).as("total of the shown cells").isEqualTo(12);

            Sheet split = workbook.getSheet("Répartition");
            assertThat(split.getPaneInformation().isFreezePane()).isTrue();
            double sum = split.getRow(1).getCell(5).getNumericCellValue() + split.getRow(2).getCell(5).getNumericCellValue();
            assertThat(sum).isEqualTo(1000.0);
        }
    }

    @Test
    void aMemberNameThatLooksLikeAFormulaStaysText() throws Exception {
        MemberUsage hostile = member("=cmd", "=HYPERLINK(\"http://evil\")", 8);
        CostRule rule = new CostRule(BigDecimal.TEN, BigDecimal.ONE, BigDecimal.ZERO, BigDecimal.ZERO);
        UsageReport report = new UsageReport(new UsagePeriod(YearMonth.of(2026, 9), YearMonth.of(2026, 9)),
                List.of(hostile), rule, CostSplit.split(rule, List.of(hostile)));

        try (XSSFWorkbook workbook = export(report, Locale.ENGLISH)) {
            Row row = workbook.getSheet("Usage").getRow(1);
            assertThat(row.getCell(0).getCellType()).isEqualTo(CellType.STRING);
            assertThat(row.getCell(0).getStringCellValue()).isEqualTo("'=cmd");
            assertThat(row.getCell(1).getStringCellValue()).isEqualTo("'=HYPERLINK(\"http://evil\")");
            assertThat(workbook.getSheet("Cost split").getRow(1).getCell(1).getCellType()).isEqualTo(CellType.STRING);
        }
    }
}
