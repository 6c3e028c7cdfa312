package fr.plume.tool.lti.web;

import fr.plume.tool.identity.api.Members;
import fr.plume.tool.lti.application.ConfigureMemberAttribution;
import fr.plume.tool.lti.domain.MemberAttribution;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Consortium administrators: which member each launch of a shared platform goes to (the rule of a
 * registration and what it did with the latest launches), and the latest launches of each member.
 */
@Controller
class MemberAttributionAdminController {

    private final ConfigureMemberAttribution attribution;
    private final Members members;

    MemberAttributionAdminController(ConfigureMemberAttribution attribution, Members members) {
        this.attribution = attribution;
        this.members = members;
    }

    @GetMapping("/admin/lti/registrations/{id}/attribution")
    String show(@PathVariable UUID id, Model model) {
        model.addAttribute("view", attribution.show(id));
        model.addAttribute("sources", MemberAttribution.Source.values());
        model.addAttribute("memberNames", memberNames());
        return "lti/admin-attribution";
    }

    @PostMapping("/admin/lti/registrations/{id}/attribution")
    String save(@PathVariable UUID id, @RequestParam(name = "source", required = false) String source,
            @RequestParam(name = "parameter", required = false) String parameter,
            @RequestParam(name = "separator", required = false) String separator,
            @RequestParam(name = "values", required = false) String values, RedirectAttributes redirect) {
        attribution.save(id, new ConfigureMemberAttribution.Input(source, parameter, separator, values));
        redirect.addFlashAttribute("saved", true);
        return "redirect:/admin/lti/registrations/" + id + "/attribution";
    }

    @GetMapping("/admin/lti/launches")
    String launches(@RequestParam(name = "member", required = false) UUID member, Model model) {
        List<Members.Member> all = members.all();
        model.addAttribute("members", all);
        model.addAttribute("memberNames", memberNames());
        model.addAttribute("selected", member);
        model.addAttribute("launches", member == null ? List.of() : attribution.recentLaunchesOfMember(member));
        return "lti/admin-launches";
    }

    private Map<UUID, String> memberNames() {
        Map<UUID, String> names = new LinkedHashMap<>();
        members.all().forEach(m -> names.put(m.id(), m.name() + " (" + m.code() + ")"));
        return names;
    }
}
