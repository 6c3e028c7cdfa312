package fr.plume.tool.psychometrics.web;

import fr.plume.tool.psychometrics.application.PromoteParameterVersion;
import fr.plume.tool.psychometrics.application.RequestCalibration;
import fr.plume.tool.assessment.api.ItemCalibration.Status;
import fr.plume.tool.psychometrics.domain.AnalysedItem;
import fr.plume.tool.psychometrics.domain.CalibrationRuns;
import fr.plume.tool.psychometrics.domain.ItemEstimate;
import fr.plume.tool.psychometrics.domain.RunKind;
import fr.plume.tool.psychometrics.domain.StoredRun;
import fr.plume.tool.shared.domain.PlumeProblemException;
import java.security.Principal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The psychometrician's calibration runs: ask for one, follow its progress, read its results and
 * promote its parameter version. Only the PSYCHOMETRICIAN role reaches {@code /admin/psychometrics/**}
 * (SecurityConfiguration); forms carry the CSRF token.
 */
@Controller
@RequestMapping("/admin/psychometrics/runs")
class CalibrationRunsController {

    private static final int SHOWN_RUNS = 50;

    /** One item of a run as the table shows it. */
    record ItemRow(String itemId, Status status, int responses, String a, String b, String p, String pointBiserial,
                   String fit, String options, List<String> flags, String reviewReason) {

        static ItemRow of(AnalysedItem analysed, java.util.function.Function<ItemRow, String> reason) {
            ItemEstimate item = analysed.estimate();
            ItemRow row = new ItemRow(item.itemId(), item.status(), item.responseCount(),
                    Figures.withError(item.parameter().a(), item.parameter().seA()),
                    Figures.withError(item.parameter().b(), item.parameter().seB()),
                    Figures.withError(analysed.pValue(), Double.NaN),
                    Figures.withError(analysed.pointBiserial(), Double.NaN),
                    Figures.fit(analysed.fitChiSquare(), analysed.fitDegreesOfFreedom(), analysed.fitP()),
                    Figures.options(analysed.options()), analysed.flags(), null);
            return row.flags().isEmpty() ? row : new ItemRow(row.itemId(), row.status(), row.responses(), row.a(),
                    row.b(), row.p(), row.pointBiserial(), row.fit(), row.options(), row.flags(), reason.apply(row));
        }

        /** The figures behind the flags, for the review comment. */
        String figures() {
            return "n = %d, p = %s, r_pb = %s, a = %s, b = %s, S-X² = %s".formatted(responses, p, pointBiserial, a, b,
                    fit) + (options.isEmpty() ? "" : ", options " + options);
        }
    }

    private final CalibrationRuns runs;
    private final RequestCalibration request;
    private final PromoteParameterVersion promote;
    private final ZoneId zone;
    private final org.springframework.context.MessageSource messages;

    CalibrationRunsController(CalibrationRuns runs, RequestCalibration request, PromoteParameterVersion promote,
                              @Value("${plume.display.time-zone:Europe/Paris}") String zone,
                              org.springframework.context.MessageSource messages) {
        this.messages = messages;
        this.runs = runs;
        this.request = request;
        this.promote = promote;
        this.zone = ZoneId.of(zone);
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("runs", runs.latest(SHOWN_RUNS));
        model.addAttribute("kinds", RunKind.values());
        return "psychometrics/runs";
    }

    /** The answers' window is given in days, in the consortium's zone, end day included. */
    @PostMapping
    String queue(@RequestParam RunKind kind, @RequestParam String from, @RequestParam String to,
                 @RequestParam(defaultValue = "200") int minResponses, Principal principal) {
        UUID id = request.request(kind, startOf(from), startOf(to).plus(java.time.Duration.ofDays(1)), minResponses,
                principal.getName());
        return "redirect:/admin/psychometrics/runs/" + id;
    }

    @GetMapping("/{runId}")
    String show(@PathVariable UUID runId, Model model, java.util.Locale locale) {
        StoredRun run = runs.find(runId).orElseThrow(() -> new PlumeProblemException("PLUME-NOT-FOUND", 404));
        model.addAttribute("run", run);
        model.addAttribute("estimates", runs.analysedItems(runId).stream()
                .map(item -> ItemRow.of(item, row -> reviewReason(run, row, locale))).toList());
        return "psychometrics/run";
    }

    /** Each flag with its rule as the page explains it, then the figures that raised it. */
    private String reviewReason(StoredRun run, ItemRow row, java.util.Locale locale) {
        String flags = row.flags().stream()
                .map(code -> code + " (" + messages.getMessage("psychometrics.flag." + code, null, code, locale) + ")")
                .collect(java.util.stream.Collectors.joining(" ; "));
        return messages.getMessage("psychometrics.run.reviewReason", new Object[] {run.version(), flags}, locale)
                + " — " + row.figures();
    }

    /** The run's items as CSV (UTF-8, comma-separated, dot decimals), for analysis in other tools. */
    @GetMapping(value = "/{runId}/items.csv", produces = "text/csv;charset=UTF-8")
    @ResponseBody
    ResponseEntity<String> itemsCsv(@PathVariable UUID runId) {
        StoredRun run = runs.find(runId).orElseThrow(() -> new PlumeProblemException("PLUME-NOT-FOUND", 404));
        StringBuilder csv = new StringBuilder("item,status,responses,a,se_a,b,se_b,p,point_biserial,sx2,df,sx2_p,flags,options\n");
        for (AnalysedItem item : runs.analysedItems(runId)) {
            ItemEstimate estimate = item.estimate();
            csv.append(String.join(",", estimate.itemId(), estimate.status().name(),
                    Integer.toString(estimate.responseCount()), number(estimate.parameter().a()),
                    number(estimate.parameter().seA()), number(estimate.parameter().b()),
                    number(estimate.parameter().seB()), number(item.pValue()), number(item.pointBiserial()),
                    number(item.fitChiSquare()), Integer.toString(item.fitDegreesOfFreedom()), number(item.fitP()),
                    String.join(" ", item.flags()), Figures.options(item.options()))).append('\n');
        }
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"calibration-" + run.version() + ".csv\"")
                .body(csv.toString());
    }

    /** The same table as an XLSX workbook. */
    @GetMapping(value = "/{runId}/items.xlsx")
    ResponseEntity<org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody> itemsXlsx(
            @PathVariable UUID runId) {
        StoredRun run = runs.find(runId).orElseThrow(() -> new PlumeProblemException("PLUME-NOT-FOUND", 404));
        List<AnalysedItem> items = runs.analysedItems(runId);
        return ResponseEntity.ok()
                .contentType(org.springframework.http.MediaType.parseMediaType(
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"calibration-" + run.version() + ".xlsx\"")
                .body(out -> RunWorkbook.write(items, out));
    }

    private static String number(double value) {
        return Double.isFinite(value) ? String.format(java.util.Locale.ROOT, "%.4f", value) : "";
    }

    @PostMapping("/{runId}/promote")
    String promote(@PathVariable UUID runId, Principal principal, RedirectAttributes redirect) {
        int changed = promote.promote(runId, principal.getName());
        redirect.addFlashAttribute("promoted", changed);
        return "redirect:/admin/psychometrics/runs/" + runId;
    }

    private java.time.Instant startOf(String day) {
        try {
            return LocalDate.parse(day).atStartOfDay(zone).toInstant();
        } catch (DateTimeParseException e) {
            throw new PlumeProblemException("PSY-WINDOW", 400);
        }
    }
}
