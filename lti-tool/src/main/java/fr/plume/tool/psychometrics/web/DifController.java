package fr.plume.tool.psychometrics.web;

import fr.plume.tool.identity.api.Members;
import fr.plume.tool.psychometrics.application.AnalyseDif;
import fr.plume.tool.psychometrics.domain.DifAnalysis;
import fr.plume.tool.psychometrics.domain.DifComparison;
import fr.plume.tool.psychometrics.domain.DifReport;
import fr.plume.tool.psychometrics.domain.DifResult;
import fr.plume.tool.psychometrics.domain.LogisticRegressionDif;
import fr.plume.tool.psychometrics.domain.MantelHaenszel;
import fr.plume.tool.shared.domain.PlumeProblemException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * DIF between two groups of candidates from the stored answers of a window: a member university
 * against another one or all the others, or candidates with accommodations against those without.
 * Per item: Mantel–Haenszel D-DIF with its ETS class, the logistic-regression tests (non-uniform
 * DIF), group sizes; a flagged item can be sent to review. Reached by the PSYCHOMETRICIAN role only
 * (SecurityConfiguration).
 */
@Controller
@RequestMapping("/admin/psychometrics/dif")
class DifController {

    static final String ALL_OTHERS = "all";
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /** One item as the table shows it; {@code reviewReason} is the comment sent to review with it. */
    record DifRow(String itemId, int reference, int focal, String delta, String ets, String mhP, String uniform,
                  String nonUniform, boolean flagged, String reviewReason) {
    }

    /** What the form asked: the comparison and the answers' window in days (consortium's zone, end day included). */
    record Query(String comparison, String focal, String reference, String from, String to) {

        boolean asked() {
            return comparison != null && !comparison.isBlank();
        }

        String queryString() {
            return UriComponentsBuilder.newInstance().queryParam("comparison", comparison)
                    .queryParam("focal", focal).queryParam("reference", reference)
                    .queryParam("from", from).queryParam("to", to).build().encode().getQuery();
        }
    }

    private final AnalyseDif analyse;
    private final Members members;
    private final MessageSource messages;
    private final Clock clock;
    private final ZoneId zone;

    DifController(AnalyseDif analyse, Members members, MessageSource messages, Clock clock,
                  @Value("${plume.display.time-zone:Europe/Paris}") String zone) {
        this.analyse = analyse;
        this.members = members;
        this.messages = messages;
        this.clock = clock;
        this.zone = ZoneId.of(zone);
    }

    @GetMapping
    String dif(@RequestParam(required = false) String comparison, @RequestParam(required = false) String focal,
               @RequestParam(required = false) String reference, @RequestParam(required = false) String from,
               @RequestParam(required = false) String to, Model model, Locale locale) {
        LocalDate today = LocalDate.now(clock.withZone(zone));
        Query query = new Query(comparison, focal, reference == null ? ALL_OTHERS : reference,
                from == null ? today.minusYears(1).toString() : from, to == null ? today.toString() : to);
        model.addAttribute("query", query);
        model.addAttribute("members", members.all().stream()
                .sorted(Comparator.comparing(Members.Member::name)).toList());
        model.addAttribute("minimum", DifAnalysis.MIN_PER_GROUP);
        if (query.asked()) {
            DifReport report = report(query);
            String groups = groupsLabel(report.comparison(), locale);
            model.addAttribute("report", report);
            model.addAttribute("groups", groups);
            model.addAttribute("back", "/admin/psychometrics/dif?" + query.queryString());
            model.addAttribute("rows", report.items().stream().map(item -> row(item, groups, query, locale)).toList());
        }
        return "psychometrics/dif";
    }

    @GetMapping(value = "/items.csv", produces = "text/csv;charset=UTF-8")
    ResponseEntity<String> csv(@RequestParam String comparison, @RequestParam(required = false) String focal,
                               @RequestParam(required = false) String reference, @RequestParam String from,
                               @RequestParam String to) {
        DifReport report = exportable(new Query(comparison, focal, reference, from, to));
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"dif-" + from + "-" + to + ".csv\"")
                .body(DifTable.csv(report.items()));
    }

    @GetMapping("/items.xlsx")
    ResponseEntity<StreamingResponseBody> xlsx(@RequestParam String comparison,
                                               @RequestParam(required = false) String focal,
                                               @RequestParam(required = false) String reference,
                                               @RequestParam String from, @RequestParam String to) {
        DifReport report = exportable(new Query(comparison, focal, reference, from, to));
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(XLSX))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"dif-" + from + "-" + to + ".xlsx\"")
                .body(out -> DifTable.xlsx(report.items(), out));
    }

    /** An export of groups too small to analyse is refused, as the page refuses to show figures. */
    private DifReport exportable(Query query) {
        DifReport report = report(query);
        if (report.tooFewCandidates()) {
            throw new PlumeProblemException("PSY-DIF-TOO-FEW", 422, DifAnalysis.MIN_PER_GROUP);
        }
        return report;
    }

    private DifReport report(Query query) {
        Instant start = startOf(query.from());
        Instant end = startOf(query.to()).plus(Duration.ofDays(1));
        return analyse.analyse(comparison(query), start, end);
    }

    private DifComparison comparison(Query query) {
        if ("ACCOMMODATIONS".equals(query.comparison())) {
            return DifComparison.accommodations();
        }
        if (!"MEMBERS".equals(query.comparison())) {
            throw new PlumeProblemException("PSY-DIF-GROUPS", 400);
        }
        UUID focal = member(query.focal());
        UUID reference = query.reference() == null || query.reference().isBlank()
                || ALL_OTHERS.equals(query.reference()) ? null : member(query.reference());
        if (focal.equals(reference)) {
            throw new PlumeProblemException("PSY-DIF-GROUPS", 400);
        }
        return DifComparison.members(focal, reference);
    }

    private UUID member(String id) {
        try {
            UUID member = UUID.fromString(id == null ? "" : id.strip());
            return members.findById(member).map(Members.Member::id)
                    .orElseThrow(() -> new PlumeProblemException("PSY-DIF-GROUPS", 400));
        } catch (IllegalArgumentException e) {
            throw new PlumeProblemException("PSY-DIF-GROUPS", 400);
        }
    }

    private String groupsLabel(DifComparison comparison, Locale locale) {
        if (comparison.kind() == DifComparison.Kind.ACCOMMODATIONS) {
            return messages.getMessage("psychometrics.dif.groups.accommodations", null, locale);
        }
        String reference = comparison.referenceMember() == null
                ? messages.getMessage("psychometrics.dif.allOthers", null, locale)
                : memberName(comparison.referenceMember());
        return messages.getMessage("psychometrics.dif.groups.members",
                new Object[] {memberName(comparison.focalMember()), reference}, locale);
    }

    private String memberName(UUID id) {
        return members.findById(id).map(Members.Member::name).orElse(id.toString());
    }

    private DifRow row(DifResult result, String groups, Query query, Locale locale) {
        MantelHaenszel.Result mh = result.mantelHaenszel();
        LogisticRegressionDif.Result lr = result.logistic();
        String delta = Figures.withError(mh.delta(), mh.deltaStandardError());
        String uniform = test(lr.uniformChiSquare(), lr.uniformP(), lr.uniformDeltaR2());
        String nonUniform = test(lr.nonUniformChiSquare(), lr.nonUniformP(), lr.nonUniformDeltaR2());
        String reason = result.flagged() ? messages.getMessage("psychometrics.dif.reviewReason", new Object[] {
            groups, query.from(), query.to(), delta, mh.category().name(), nonUniform,
            messages.getMessage("psychometrics.flag.dif", null, locale)}, locale) : null;
        return new DifRow(result.itemId(), result.referenceCount(), result.focalCount(), delta, mh.category().name(),
                p(mh.pValue()), uniform, nonUniform, result.flagged(), reason);
    }

    private static String test(double chiSquare, double p, double deltaR2) {
        if (!Double.isFinite(chiSquare)) {
            return "—";
        }
        return String.format(Locale.ROOT, "χ² = %.1f, p = %s, ΔR² = %.3f", chiSquare, p(p), deltaR2);
    }

    private static String p(double p) {
        return Double.isFinite(p) ? String.format(Locale.ROOT, "%.3g", p) : "—";
    }

    private Instant startOf(String day) {
        try {
            return LocalDate.parse(day).atStartOfDay(zone).toInstant();
        } catch (DateTimeParseException | NullPointerException e) {
            throw new PlumeProblemException("PSY-WINDOW", 400);
        }
    }
}
