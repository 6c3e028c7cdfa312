package fr.plume.tool.psychometrics.web;

import fr.plume.framework.content.ItemType;
import fr.plume.tool.itembank.api.ItemCatalog;
import fr.plume.tool.itembank.api.PublishedItem;
import fr.plume.tool.psychometrics.domain.Coverage;
import fr.plume.tool.psychometrics.domain.ItemParameter;
import fr.plume.tool.psychometrics.domain.TestReport;
import java.util.List;
import org.springframework.stereotype.Controller;
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
        int testLength = Math.max(5, Math.min(60, length));
        List<PublishedItem> scored = catalog.published().stream()
                .filter(item -> item.item().type() != ItemType.ESSAY).toList();
        List<ItemParameter> pool = scored.stream()
                .map(item -> ItemParameter.fixed(item.item().id().toString(), item.a(), item.b())).toList();
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
        List<String> competencies = scored.stream().map(item -> item.item().competency()).distinct().sorted().toList();
        Coverage coverage = Coverage.of(competencies, LEVELS, scored.stream()
                .map(item -> new Coverage.Placed(item.item().competency(), item.item().level())).toList());
        model.addAttribute("coverage", competencies.stream().map(code -> row(coverage, code)).toList());
        model.addAttribute("gaps", coverage.gaps().size());
        model.addAttribute("minItems", Coverage.MIN_ITEMS);
        return "psychometrics/report";
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
