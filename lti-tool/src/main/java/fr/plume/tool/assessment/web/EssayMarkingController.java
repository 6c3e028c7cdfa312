package fr.plume.tool.assessment.web;

import fr.plume.framework.content.Item;
import fr.plume.framework.content.RubricCriterion;
import fr.plume.tool.assessment.application.ListEssaysToMark;
import fr.plume.tool.assessment.application.MarkEssay;
import fr.plume.tool.assessment.domain.Essay;
import fr.plume.tool.itembank.api.ItemCatalog;
import fr.plume.tool.shared.web.DateDisplay;
import jakarta.servlet.http.HttpServletResponse;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Function;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The teaching team marks the essays their course's students wrote in practice, with the item's
 * rubric. Essays are shown without the writer's name (anonymous marking).
 */
@Controller
class EssayMarkingController {

    static final String POINTS = "points-";

    private final TeacherLaunch launch;
    private final ListEssaysToMark listEssays;
    private final MarkEssay markEssay;
    private final ItemCatalog catalog;
    private final CompetencyLabels labels;
    private final DateDisplay dates;

    EssayMarkingController(TeacherLaunch launch, ListEssaysToMark listEssays, MarkEssay markEssay, ItemCatalog catalog,
            CompetencyLabels labels, DateDisplay dates) {
        this.dates = dates;
        this.launch = launch;
        this.listEssays = listEssays;
        this.markEssay = markEssay;
        this.catalog = catalog;
        this.labels = labels;
    }

    @GetMapping("/class/{contextId}/essays")
    String list(@PathVariable UUID contextId, @RequestParam(name = "marked", required = false) Integer marked,
            Model model, Locale locale) {
        MarkEssay.Marker marker = launch.require(contextId);
        return page(marker, null, null, null, marked != null, model, locale);
    }

    @PostMapping("/class/{contextId}/essays/{attemptId}/{position}")
    String mark(@PathVariable UUID contextId, @PathVariable UUID attemptId, @PathVariable int position,
            @RequestParam MultiValueMap<String, String> fields, Model model, Locale locale,
            HttpServletResponse response) {
        MarkEssay.Marker marker = launch.require(contextId);
        List<String> given = new ArrayList<>();
        for (int i = 0; fields.containsKey(POINTS + i); i++) {
            given.add(fields.getFirst(POINTS + i));
        }
        MarkEssay.Outcome outcome = markEssay.mark(marker, attemptId, position, given);
        if (outcome instanceof MarkEssay.Refused refused) {
            response.setStatus(422);
            return page(marker, attemptId + "/" + position, refused.messageKey(), fields, false, model, locale);
        }
        return "redirect:/class/" + contextId + "/essays?marked=1";
    }

    private String page(MarkEssay.Marker marker, String failed, String errorKey, MultiValueMap<String, String> fields,
            boolean justMarked, Model model, Locale locale) {
        ZoneId zone = dates.zoneOf(marker.memberId());
        String language = locale.getLanguage();
        List<EssayToMark> toMark = new ArrayList<>();
        int number = 0;
        Function<String, String> label = labels.labeller(locale);
        ListEssaysToMark.EssaysToMark essays = listEssays.of(marker);
        for (Essay essay : essays.toMark()) {
            number++;
            Item item = catalog.item(essay.itemId()).orElseThrow();
            boolean isFailed = (essay.attemptId() + "/" + essay.position()).equals(failed);
            List<RubricCriterion> rubric = markEssay.rubric(essay);
            List<EssayToMark.Criterion> criteria = new ArrayList<>();
            for (int i = 0; i < rubric.size(); i++) {
                criteria.add(new EssayToMark.Criterion(i, rubric.get(i).criterion().in(language), rubric.get(i).maxPoints(),
                        isFailed ? fields.getFirst(POINTS + i) : null));
            }
            toMark.add(new EssayToMark(essay.attemptId(), essay.position(), number,
                    label.apply(item.competency()), item.stem().in(language), essay.text(),
                    essay.wordCount(), dates.format(essay.submittedAt(), locale, zone), criteria, isFailed ? errorKey : null,
                    essays.isDoubleMarked(essay)));
        }
        model.addAttribute("contextId", marker.contextId());
        model.addAttribute("essays", toMark);
        model.addAttribute("markedCount", essays.markedCount());
        model.addAttribute("justMarked", justMarked);
        model.addAttribute("errorKey", errorKey);
        return "assessment/essays";
    }
}
