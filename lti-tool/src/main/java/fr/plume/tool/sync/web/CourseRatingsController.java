package fr.plume.tool.sync.web;

import fr.plume.sync.catalogue.CompetencyRating.RatingOrigin;
import fr.plume.tool.lti.api.CurrentLaunch;
import fr.plume.tool.sync.application.ChooseCourseRatings;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The course team's page: rate our students' competencies in this Moodle course, from which results. */
@Controller
class CourseRatingsController {

    private final CurrentLaunch launch;
    private final ChooseCourseRatings choose;

    CourseRatingsController(CurrentLaunch launch, ChooseCourseRatings choose) {
        this.launch = launch;
        this.choose = choose;
    }

    @GetMapping("/class/{contextId}/moodle-ratings")
    String page(@PathVariable UUID contextId, @RequestParam(required = false) String saved, Model model) {
        ChooseCourseRatings.CourseChoice choice = choose.current(launch.require(), contextId);
        model.addAttribute("contextId", contextId);
        model.addAttribute("course", choice.course().title());
        model.addAttribute("preference", choice.preference());
        model.addAttribute("origins", RatingOrigin.values());
        model.addAttribute("saved", saved != null);
        return "sync/moodle-ratings";
    }

    @PostMapping("/class/{contextId}/moodle-ratings")
    String save(@PathVariable UUID contextId, @RequestParam(required = false, defaultValue = "false") boolean enabled,
            @RequestParam(name = "origins", required = false) List<RatingOrigin> origins) {
        Set<RatingOrigin> chosen = origins == null || origins.isEmpty() ? EnumSet.noneOf(RatingOrigin.class)
                : EnumSet.copyOf(origins);
        choose.choose(launch.require(), contextId, enabled, chosen);
        return "redirect:/class/" + contextId + "/moodle-ratings?saved";
    }
}
