package fr.plume.tool.lti.web;

import fr.plume.tool.identity.api.Members;
import fr.plume.tool.lti.api.LaunchContext;
import fr.plume.tool.lti.api.LtiRole;
import fr.plume.tool.lti.application.LaunchSessions;
import fr.plume.tool.lti.domain.LandingPage;
import fr.plume.tool.lti.api.LaunchDescriptions;
import fr.plume.tool.lti.api.LaunchDescriptions.LaunchDescription;
import fr.plume.tool.shared.domain.PlumeProblemException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * Where launches land besides the student's page and the class page (dashboard module): the
 * authoring page and the page of a launch without a course role. They show who and where the
 * person is; the item bank module fills them in.
 */
@Controller
class LandingController {

    private final LaunchSessions session;
    private final LaunchDescriptions descriptions;
    private final Members members;

    LandingController(LaunchSessions session, LaunchDescriptions descriptions, Members members) {
        this.session = session;
        this.descriptions = descriptions;
        this.members = members;
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
