package fr.plume.tool.dashboard.web;

import fr.plume.tool.dashboard.application.ExportUsage;
import fr.plume.tool.dashboard.application.ReportUsage;
import fr.plume.tool.dashboard.domain.AttemptMode;
import fr.plume.tool.dashboard.domain.CostRule;
import fr.plume.tool.dashboard.domain.UsagePeriod;
import fr.plume.tool.dashboard.domain.UsageReport;
import fr.plume.tool.identity.api.MemberAdministrators;
import fr.plume.tool.shared.domain.PlumeProblemException;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.math.BigDecimal;
import java.security.Principal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The usage report: every member for the consortium administrator ({@code /admin/usage}), one
 * member for that member's administrator ({@code /admin/member/usage}, the account's member, never
 * one named in the request); each as a page and as an XLSX workbook. Roles are checked by
 * SecurityConfiguration; the member comes from the signed-in account here.
 */
@Controller
class UsageController {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final ReportUsage reportUsage;
    private final ExportUsage exportUsage;
    private final MemberAdministrators memberAdministrators;
    private final Clock clock;

    UsageController(ReportUsage reportUsage, ExportUsage exportUsage, MemberAdministrators memberAdministrators,
            Clock clock) {
        this.reportUsage = reportUsage;
        this.exportUsage = exportUsage;
        this.memberAdministrators = memberAdministrators;
        this.clock = clock;
    }

    /** The period and cost rule of a request; absent values take the current intake and the configured rule. */
    record Query(String from, String to, BigDecimal amount, BigDecimal fixed, BigDecimal students,
            BigDecimal certificates) {
    }

    @GetMapping("/admin/usage")
    String consortium(Query query, Model model) {
        UsageReport report = reportUsage.consortium(period(query), rule(query));
        return page(report, true, model);
    }

    @GetMapping("/admin/usage.xlsx")
    void consortiumWorkbook(Query query, Locale locale, HttpServletResponse response) throws IOException {
        workbook(reportUsage.consortium(period(query), rule(query)), "plume-usage", locale, response);
    }

    @GetMapping("/admin/member/usage")
    String member(Query query, Principal principal, Model model) {
        UsageReport report = reportUsage.member(memberOf(principal), period(query), rule(query));
        return page(report, false, model);
    }

    @GetMapping("/admin/member/usage.xlsx")
    void memberWorkbook(Query query, Principal principal, Locale locale, HttpServletResponse response)
            throws IOException {
        UsageReport report = reportUsage.member(memberOf(principal), period(query), rule(query));
        workbook(report, "plume-usage-" + report.members().get(0).code(), locale, response);
    }

    private String page(UsageReport report, boolean consortium, Model model) {
        model.addAttribute("report", report);
        model.addAttribute("consortium", consortium);
        model.addAttribute("modes", AttemptMode.values());
        model.addAttribute("base", consortium ? "/admin/usage" : "/admin/member/usage");
        return "dashboard/usage";
    }

    private void workbook(UsageReport report, String name, Locale locale, HttpServletResponse response)
            throws IOException {
        response.setContentType(XLSX);
        response.setHeader("Content-Disposition", "attachment; filename=\"" + name.replaceAll("[^A-Za-z0-9_.-]", "_")
                + "-" + report.period().from() + "-" + report.period().to() + ".xlsx\"");
        response.setHeader("Cache-Control", "no-store");
        exportUsage.write(report, locale, response.getOutputStream());
    }

    private UUID memberOf(Principal principal) {
        return memberAdministrators.memberOf(principal.getName())
                .orElseThrow(() -> new PlumeProblemException("USAGE-MEMBER-UNKNOWN", 403));
    }

    private UsagePeriod period(Query query) {
        UsagePeriod intake = UsagePeriod.intakeOf(LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC));
        try {
            YearMonth from = blank(query.from()) ? intake.from() : YearMonth.parse(query.from());
            YearMonth to = blank(query.to()) ? intake.to() : YearMonth.parse(query.to());
            return new UsagePeriod(from, to);
        } catch (DateTimeParseException | IllegalArgumentException e) {
            throw new PlumeProblemException("USAGE-PERIOD-INVALID", 400);
        }
    }

    private CostRule rule(Query query) {
        CostRule rule = reportUsage.defaultRule();
        try {
            return new CostRule(or(query.amount(), rule.amount()), or(query.fixed(), rule.fixedWeight()),
                    or(query.students(), rule.studentWeight()), or(query.certificates(), rule.certificateWeight()));
        } catch (IllegalArgumentException e) {
            throw new PlumeProblemException("USAGE-RULE-INVALID", 400);
        }
    }

    private static BigDecimal or(BigDecimal value, BigDecimal otherwise) {
        return value == null ? otherwise : value;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
