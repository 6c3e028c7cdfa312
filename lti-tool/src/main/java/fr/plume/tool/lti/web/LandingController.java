package fr.plume.tool.lti.web;

import fr.plume.tool.identity.api.Members;
import fr.plume.tool.lti.api.LaunchContext;
import fr.plume.tool.lti.api.LtiRole;
import fr.plume.tool.lti.domain.LandingPage;
import fr.plume.tool.lti.api.LaunchDescriptions;
import fr.plume.tool.lti.api.LaunchDescriptions.LaunchDescription;
import fr.plume.tool.shared.domain.PlumeProblemException;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * Where launches land: the student's page, the class page, the authoring page. They show who and
 * where the person is; the assessment, dashboard and item bank modules fill them in.
 */
@Controller
class LandingController {

    private final LtiSession session;
    private final LaunchDescriptions descriptions;
    private final Members members;

    LandingController(LtiSession session, LaunchDescriptions descriptions, Members members) {
        this.session = session;
        this.descriptions = descriptions;
        this.members = members;
    }

    @GetMapping("/class")
    String classWithoutCourse(Model model) {
        LaunchContext launch = session.require();
        if (!launch.teaches()) {
            throw new PlumeProblemException("LTI-ROLE-FORBIDDEN", 403);
        }
        describe(launch, model);
        return "lti/class-none";
    }

    @GetMapping("/class/{contextId}")
    String classHome(@PathVariable UUID contextId, Model model) {
        LaunchContext launch = session.require();
        // Only the course this launch came from, and only for its teaching team (tenant isolation).
        if (!launch.teaches() || !contextId.equals(launch.contextId())) {
            throw new PlumeProblemException("LTI-ROLE-FORBIDDEN", 403);
        }
        describe(launch, model);
        return "lti/class-home";
    }

    @GetMapping("/author")
    String author(Model model) {
        LaunchContext launch = session.require();
        if (!launch.has(LtiRole.CONTENT_DEVELOPER) && !launch.teaches()) {
            throw new PlumeProblemException("LTI-ROLE-FORBIDDEN", 403);
        }
        describe(launch, model);
        return "lti/author-home";
    }

    /** A launch with no role in its course (an administrator of the platform or institution). */
    @GetMapping(LandingPage.NO_ROLE)
    String noRole(Model model) {
        describe(session.require(), model);
        return "lti/no-role";
    }

    private void describe(LaunchContext launch, Model model) {
        LaunchDescription summary = descriptions.describe(launch);
        model.addAttribute("launch", launch);
        model.addAttribute("who", summary.displayName());
        model.addAttribute("course", summary.contextTitle());
        model.addAttribute("link", summary.resourceLinkTitle());
        model.addAttribute("member", members.findById(launch.memberId()).map(Members.Member::name).orElse(null));
        model.addAttribute("roles", launch.roles().stream().map(Enum::name).sorted().toList());
    }
}
