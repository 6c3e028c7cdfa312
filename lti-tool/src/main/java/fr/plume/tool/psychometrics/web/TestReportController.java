package fr.plume.tool.psychometrics.web;

import fr.plume.framework.content.ItemType;
import fr.plume.tool.itembank.api.ItemCatalog;
import fr.plume.tool.itembank.api.PublishedItem;
import fr.plume.tool.psychometrics.domain.Coverage;
import fr.plume.tool.psychometrics.domain.ItemParameter;
import fr.plume.tool.psychometrics.domain.TestReport;
import java.util.List;
import java.util.ArrayList;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The test-level report of the bank in service for adaptive tests of a given length (30 items:
 * diagnostic, 40: certification): information and conditional SE curves drawn as SVG with their
 * data table, marginal reliability, classification accuracy and consistency at the level cuts,
 * and coverage per competency × level.
 */
@Controller
@RequestMapping("/admin/psychometrics/report")
class TestReportController {

    private static final int LEVELS = 6;

    private final ItemCatalog catalog;

    TestReportController(ItemCatalog catalog) {
        this.catalog = catalog;
    }

    /** A row of the coverage table: counts per level 1–6, and whether each is below the minimum. */
    record CoverageRow(String competency, int[] counts, boolean[] thin) {
    }

    @GetMapping
    String report(@RequestParam(defaultValue = "30") int length, Model model) {
        int testLength = testLength(length);
        List<PublishedItem> scored = scored();
        List<ItemParameter> pool = pool(scored);
        TestReport report = TestReport.of(pool, testLength, TestReport.LEVEL_CUTS);
        double maxInformation = report.curve().stream().mapToDouble(TestReport.CurvePoint::information).max()
                .orElse(1.0);
        model.addAttribute("length", testLength);
        model.addAttribute("poolSize", pool.size());
        model.addAttribute("report", report);
        model.addAttribute("table", report.curve().stream()
                .filter(point -> Math.round(point.theta() * 10) % 5 == 0).toList());
        model.addAttribute("seCurve", Curve.of(report.curve().stream()
                .map(point -> new double[] {point.theta(), point.standardError()}).toList(), 1.0));
        model.addAttribute("informationCurve", Curve.of(report.curve().stream()
                .map(point -> new double[] {point.theta(), point.information()}).toList(),
                Math.ceil(maxInformation / 5.0) * 5.0));
        List<CoverageRow> coverage = coverage(scored);
        model.addAttribute("coverage", coverage);
        model.addAttribute("gaps", coverage.stream().mapToLong(row -> countThin(row.thin())).sum());
        model.addAttribute("minItems", Coverage.MIN_ITEMS);
        return "psychometrics/report";
    }

    @GetMapping(value = "/curves.csv", produces = "text/csv;charset=UTF-8")
    ResponseEntity<String> curvesCsv(@RequestParam(defaultValue = "30") int length) {
        return curves(length).csv();
    }

    @GetMapping("/curves.xlsx")
    ResponseEntity<StreamingResponseBody> curvesXlsx(@RequestParam(defaultValue = "30") int length) {
        return curves(length).xlsx();
    }

    @GetMapping(value = "/coverage.csv", produces = "text/csv;charset=UTF-8")
    ResponseEntity<String> coverageCsv() {
        return coverageTable().csv();
    }

    @GetMapping("/coverage.xlsx")
    ResponseEntity<StreamingResponseBody> coverageXlsx() {
        return coverageTable().xlsx();
    }

    /** Every point of the curves, the summary figures on the first row. */
    private TableExport curves(int length) {
        int testLength = testLength(length);
        TestReport report = TestReport.of(pool(scored()), testLength, TestReport.LEVEL_CUTS);
        List<List<Object>> rows = new ArrayList<>();
        for (TestReport.CurvePoint point : report.curve()) {
            rows.add(List.of(point.theta(), point.information(), point.standardError(), testLength,
                    report.marginalReliability(), report.classification().accuracy(),
                    report.classification().consistency()));
        }
        return new TableExport("test-report-" + testLength, List.of("theta", "information", "standard_error",
                "test_length", "marginal_reliability", "classification_accuracy", "classification_consistency"), rows);
    }

    private TableExport coverageTable() {
        List<List<Object>> rows = new ArrayList<>();
        for (CoverageRow row : coverage(scored())) {
            for (int level = 1; level <= LEVELS; level++) {
                rows.add(List.of(row.competency(), level, row.counts()[level - 1],
                        Boolean.toString(row.thin()[level - 1])));
            }
        }
        return new TableExport("coverage", List.of("competency", "level", "items", "below_minimum"), rows);
    }

    private static int testLength(int length) {
        return Math.max(5, Math.min(60, length));
    }

    private List<PublishedItem> scored() {
        return catalog.published().stream().filter(item -> item.item().type() != ItemType.ESSAY).toList();
    }

    private static List<ItemParameter> pool(List<PublishedItem> scored) {
        return scored.stream().map(item -> ItemParameter.fixed(item.item().id().toString(), item.a(), item.b()))
                .toList();
    }

    private static List<CoverageRow> coverage(List<PublishedItem> scored) {
        List<String> competencies = scored.stream().map(item -> item.item().competency()).distinct().sorted().toList();
        Coverage coverage = Coverage.of(competencies, LEVELS, scored.stream()
                .map(item -> new Coverage.Placed(item.item().competency(), item.item().level())).toList());
        return competencies.stream().map(code -> row(coverage, code)).toList();
    }

    private static long countThin(boolean[] thin) {
        long count = 0;
        for (boolean cell : thin) {
            count += cell ? 1 : 0;
        }
        return count;
    }

    private static CoverageRow row(Coverage coverage, String competency) {
        int[] counts = new int[LEVELS];
        boolean[] thin = new boolean[LEVELS];
        for (int level = 1; level <= LEVELS; level++) {
            counts[level - 1] = coverage.count(competency, level);
            thin[level - 1] = counts[level - 1] < Coverage.MIN_ITEMS;
        }
        return new CoverageRow(competency, counts, thin);
    }
}
