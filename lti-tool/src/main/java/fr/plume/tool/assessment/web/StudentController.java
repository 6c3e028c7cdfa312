package fr.plume.tool.assessment.web;

import fr.plume.framework.content.Item;
import fr.plume.framework.content.Presentation;
import fr.plume.tool.assessment.application.AnswerMetrics;
import fr.plume.tool.assessment.application.CertificationSeats;
import fr.plume.tool.assessment.application.CurrentItem;
import fr.plume.tool.assessment.application.DeliverableBank;
import fr.plume.tool.assessment.application.RecordAnswer;
import fr.plume.tool.assessment.application.ShowFeedback;
import fr.plume.tool.assessment.application.ShowNextItem;
import fr.plume.tool.assessment.application.ShowProgress;
import fr.plume.tool.assessment.application.ShowResults;
import fr.plume.tool.assessment.application.StartAttempt;
import fr.plume.tool.assessment.application.StartModulePractice;
import fr.plume.tool.assessment.application.StopAttempt;
import fr.plume.tool.assessment.application.Student;
import fr.plume.tool.assessment.application.SuggestOpenModules;
import fr.plume.tool.assessment.application.SuggestOpenResources;
import fr.plume.tool.assessment.domain.Accommodations;
import fr.plume.tool.assessment.domain.Attempt;
import fr.plume.tool.assessment.domain.CompetencyResult;
import fr.plume.tool.assessment.domain.EndReason;
import fr.plume.tool.assessment.domain.Recommendations;
import fr.plume.tool.assessment.domain.ShownItem;
import fr.plume.tool.assessment.domain.TimeLimit;
import fr.plume.tool.assessment.engine.cat.TestMode;
import fr.plume.tool.itembank.api.ItemCatalog;
import fr.plume.tool.itembank.api.RenderedItem;
import fr.plume.tool.shared.domain.PlumeProblemException;
import fr.plume.tool.shared.web.DateDisplay;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The student's pages under {@code /app}: choose or resume an activity, answer one item at a time
 * (POST, then redirect, then GET), feedback in practice, and results.
 */
@Controller
class StudentController {

    /** The student's home, where a launch lands: an admission, see {@link AttemptStartAdmission}. */
    static final String HOME = "/app";
    /** Where an attempt starts (POST): an admission too. */
    static final String START = "/app/attempts";

    private static final int RECOMMENDED = 3;
    /** The explicit choice to write an essay in practice (the {@code activity} field of the start form). */
    static final String WRITING = "WRITING";
    /** The practice of the open module placed on the link (the {@code activity} field of its start form). */
    static final String MODULE = "MODULE";

    private final StudentLaunch launch;
    private final StartAttempt startAttempt;
    private final ShowNextItem showNextItem;
    private final RecordAnswer recordAnswer;
    private final StopAttempt stopAttempt;
    private final ShowProgress showProgress;
    private final ShowFeedback showFeedback;
    private final ShowResults showResults;
    private final ItemCatalog catalog;
    private final DeliverableBank bank;
    private final CompetencyLabels labels;
    private final SuggestOpenResources openResources;
    private final SuggestOpenModules openModules;
    private final CertificationSeats certificationSeats;
    private final Clock clock;
    private final DateDisplay dates;
    private final StartModulePractice startModule;
    private final AdmittedAttempts admitted;
    private final AnswerMetrics answers;

    StudentController(StudentLaunch launch, StartAttempt startAttempt, ShowNextItem showNextItem,
            RecordAnswer recordAnswer, StopAttempt stopAttempt, ShowProgress showProgress, ShowFeedback showFeedback,
            ShowResults showResults, ItemCatalog catalog, DeliverableBank bank, CompetencyLabels labels,
            SuggestOpenResources openResources, SuggestOpenModules openModules,
            CertificationSeats certificationSeats, Clock clock, DateDisplay dates, StartModulePractice startModule,
            AdmittedAttempts admitted, AnswerMetrics answers) {
        this.answers = answers;
        this.startModule = startModule;
        this.admitted = admitted;
        this.openModules = openModules;
        this.dates = dates;
        this.certificationSeats = certificationSeats;
        this.openResources = openResources;
        this.launch = launch;
        this.startAttempt = startAttempt;
        this.showNextItem = showNextItem;
        this.recordAnswer = recordAnswer;
        this.stopAttempt = stopAttempt;
        this.showProgress = showProgress;
        this.showFeedback = showFeedback;
        this.showResults = showResults;
        this.catalog = catalog;
        this.bank = bank;
        this.labels = labels;
        this.clock = clock;
    }

    @GetMapping(HOME)
    String home(Model model, Locale locale) {
        Student student = launch.require();
        ActivityChoice choice = ActivityChoice.from(student.custom());
        Accommodations accommodations = Accommodations.from(student.custom());
        ShowProgress.Progress progress = showProgress.of(student);
        Function<String, String> label = labels.labeller(locale);
        Map<String, String> competencies = new LinkedHashMap<>();
        bank.current().bank().competencies().forEach(code -> competencies.put(code, label.apply(code)));
        model.addAttribute("roles", String.join(",", launch.roles()));
        model.addAttribute("mode", choice.mode().orElse(null));
        model.addAttribute("competency", choice.competency().orElse(null));
        model.addAttribute("competencies", competencies);
        Map<String, String> essayCompetencies = new LinkedHashMap<>();
        bank.current().competenciesWithEssays(accommodations.accessibleItems())
                .forEach(code -> essayCompetencies.put(code, label.apply(code)));
        model.addAttribute("essayCompetencies", essayCompetencies);
        model.addAttribute("inProgress", progress.inProgress());
        List<Attempt> finished = progress.finished(10);
        ZoneId zone = dates.zoneOf(student.memberId());
        Map<UUID, String> finishedAt = new LinkedHashMap<>();
        finished.forEach(a -> finishedAt.put(a.id(), dates.format(a.completedAt(), locale, zone)));
        model.addAttribute("finished", finished);
        model.addAttribute("finishedAt", finishedAt);
        model.addAttribute("mastery", progress.mastery());
        model.addAttribute("labels", labels);
        model.addAttribute("certifyingMinutes", TimeLimit.limit(accommodations.extraTimePercent()).toMinutes());
        model.addAttribute("extraTime", accommodations.extraTimePercent());
        model.addAttribute("certification", certificationSeats.certificationOf(student)
                .map(id -> certificationSeats.standing(student, id)).orElse(null));
        choice.module().ifPresent(id -> placedModule(student, id, model, locale));
        model.addAttribute("invigilated", admitted.invigilated(student));
        return "assessment/home";
    }

    /** The placed open module, its steps and whether it is still in the commons, for its start page. */
    private void placedModule(Student student, UUID moduleId, Model model, Locale locale) {
        startModule.placed(moduleId).ifPresent(placed -> {
            model.addAttribute("module", placed.module());
            model.addAttribute("moduleRetired", placed.retired());
            model.addAttribute("moduleSteps", placed.module().entries().stream()
                    .map(entry -> ModuleStep.of(entry, locale)).toList());
            model.addAttribute("moduleTitle", "en".equals(locale.getLanguage()) && !placed.module().title().en().isBlank()
                    ? placed.module().title().en() : placed.module().title().fr());
        });
        model.addAttribute("moduleResume", startModule.unfinished(student, moduleId).orElse(null));
    }

    @PostMapping(START)
    String start(@RequestParam("mode") String mode, @RequestParam(name = "competency", required = false) String competency,
            @RequestParam(name = "activity", required = false) String activity, HttpSession session) {
        Student student = launch.require();
        TestMode testMode;
        try {
            testMode = TestMode.valueOf(mode);
        } catch (IllegalArgumentException e) {
            throw new PlumeProblemException("ASSESSMENT-UNKNOWN-MODE", 400);
        }
        if (MODULE.equals(activity)) {
            // The module comes from the signed launch (Deep Linking's custom parameter), never from the form.
            UUID module = ActivityChoice.from(student.custom()).module()
                    .orElseThrow(() -> new PlumeProblemException("ASSESSMENT-MODULE-UNKNOWN", 400));
            return "redirect:/app/attempts/" + startModule.start(student, module).id();
        }
        Set<String> scope = competency == null || competency.isBlank() ? Set.of() : Set.of(competency);
        boolean writing = WRITING.equals(activity);
        Attempt attempt = startAttempt.start(student, testMode, scope, writing);
        admitted.admitted(student, session, attempt);
        return "redirect:/app/attempts/" + attempt.id();
    }

    @GetMapping("/app/attempts/{id}")
    String item(@PathVariable UUID id, Model model, Locale locale, HttpSession session) {
        Student student = launch.require();
        admitted.require(student, id, session);
        CurrentItem current = showNextItem.show(student, id);
        if (current instanceof CurrentItem.Finished) {
            return "redirect:/app/attempts/" + id + "/result";
        }
        return itemPage((CurrentItem.ToAnswer) current, null, model, locale);
    }

    @PostMapping("/app/attempts/{id}/answer")
    String answer(@PathVariable UUID id, @RequestParam(name = "token", defaultValue = "") String token,
            @RequestParam MultiValueMap<String, String> fields, Model model, Locale locale,
            HttpServletResponse response, RedirectAttributes redirect, HttpSession session) {
        Student student = launch.require();
        admitted.require(student, id, session);
        RecordAnswer.Outcome outcome = recordAnswer.record(student, id, token, fields);
        if (outcome instanceof RecordAnswer.AlreadyRecorded already) {
            return backToCurrentPage(student, id, already, redirect);
        }
        if (outcome instanceof RecordAnswer.Incomplete incomplete) {
            CurrentItem current = showNextItem.show(student, id);
            if (current instanceof CurrentItem.ToAnswer toAnswer) {
                response.setStatus(422);
                return itemPage(toAnswer, incomplete.messageKey(), model, locale);
            }
            return "redirect:/app/attempts/" + id;
        }
        if (outcome instanceof RecordAnswer.TimeUp) {
            return "redirect:/app/attempts/" + id + "/result";
        }
        RecordAnswer.Saved saved = (RecordAnswer.Saved) outcome;
        answers.saved();
        if (saved.feedback()) {
            return "redirect:/app/attempts/" + id + "/feedback/" + saved.position();
        }
        return saved.completed() ? "redirect:/app/attempts/" + id + "/result" : "redirect:/app/attempts/" + id;
    }

    /**
     * A resent answer (double click): back to where the first submission led, with a short notice,
     * instead of an error page: the feedback of that answer in practice, else the current question.
     */
    private String backToCurrentPage(Student student, UUID id, RecordAnswer.AlreadyRecorded already,
            RedirectAttributes redirect) {
        redirect.addFlashAttribute("notice", "assessment.answer.alreadyRecorded");
        if (already.feedback() && already.latest()) {
            return "redirect:/app/attempts/" + id + "/feedback/" + already.position();
        }
        return already.finished() ? "redirect:/app/attempts/" + id + "/result" : "redirect:/app/attempts/" + id;
    }

    @GetMapping("/app/attempts/{id}/feedback/{position}")
    String feedback(@PathVariable UUID id, @PathVariable int position, Model model, Locale locale) {
        Student student = launch.require();
        ShowFeedback.Feedback feedback = showFeedback.of(student, id, position);
        Attempt attempt = feedback.attempt();
        ShownItem shown = feedback.shown();
        Item item = catalog.item(shown.itemId(), shown.itemVersion()).orElseThrow();
        String language = locale.getLanguage();
        CompetencyResult mastery = feedback.mastery();
        model.addAttribute("attempt", attempt);
        model.addAttribute("position", position);
        model.addAttribute("correct", Boolean.TRUE.equals(shown.correct()));
        model.addAttribute("credit", shown.credit() == null ? 0 : Math.round(shown.credit() * 100));
        model.addAttribute("rendered", RenderedItem.of(Presentation.of(item, attempt.seed()).view(), language));
        model.addAttribute("feedbackText", item.feedback().in(language));
        model.addAttribute("explanation", item.explanation().in(language));
        model.addAttribute("competencyLabel", labels.label(item.competency(), locale));
        model.addAttribute("mastery", mastery);
        return "assessment/feedback";
    }

    @PostMapping("/app/attempts/{id}/stop")
    String stop(@PathVariable UUID id, HttpSession session) {
        Student student = launch.require();
        admitted.require(student, id, session);
        stopAttempt.stop(student, id);
        return "redirect:/app/attempts/" + id + "/result";
    }

    @GetMapping("/app/attempts/{id}/result")
    String result(@PathVariable UUID id, Model model, Locale locale) {
        Student student = launch.require();
        ShowResults.Results reported = showResults.of(student, id);
        Attempt attempt = reported.attempt();
        if (attempt.inProgress()) {
            return "redirect:/app/attempts/" + id;
        }
        List<CompetencyResult> results = reported.competencies();
        List<CompetencyResult> shownResults = attempt.mode() == TestMode.FORMATIVE
                ? results.stream().filter(r -> attempt.competencies().contains(r.competency())).toList()
                : results;
        model.addAttribute("attempt", attempt);
        model.addAttribute("summary", reported.summary());
        model.addAttribute("results", shownResults);
        model.addAttribute("domains", reported.domains());
        List<CompetencyResult> recommended = attempt.mode() == TestMode.DIAGNOSTIC
                || attempt.mode() == TestMode.MOCK_CERTIFICATION ? Recommendations.weakest(results, RECOMMENDED) : List.of();
        if (attempt.mode() == TestMode.MOCK_CERTIFICATION && reported.summary() != null) {
            // The likely level's uncertainty: the score's 95 % margin on the published scale.
            model.addAttribute("margin", Math.round(1.96 * fr.plume.tool.assessment.application.AttemptState
                    .scoring(attempt).scaledStandardError(reported.summary().standardError())));
        }
        model.addAttribute("recommended", recommended);
        model.addAttribute("openResources", openResources.forWeak(recommended));
        model.addAttribute("openModules", openModules.forWeak(recommended));
        model.addAttribute("essay", reported.essay());
        model.addAttribute("answered", reported.answeredCount());
        model.addAttribute("timeUp", attempt.endReason() == EndReason.TIME_UP);
        model.addAttribute("labels", labels);
        return "assessment/result";
    }

    private String itemPage(CurrentItem.ToAnswer current, String errorKey, Model model, Locale locale) {
        Attempt attempt = current.attempt();
        model.addAttribute("attempt", attempt);
        model.addAttribute("shown", current.shown());
        model.addAttribute("number", current.answeredCount() + 1);
        model.addAttribute("progress", ItemProgress.of(current));
        model.addAttribute("rendered", RenderedItem.of(current.view(), locale.getLanguage()));
        model.addAttribute("errorKey", errorKey);
        model.addAttribute("humanMarked", current.item().type() == fr.plume.framework.content.ItemType.ESSAY);
        if (attempt.deadline() != null) {
            model.addAttribute("minutesLeft", TimeLimit.minutesLeft(Instant.now(clock), attempt.deadline()));
        }
        return "assessment/item";
    }
}
