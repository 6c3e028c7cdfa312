package fr.plume.tool.identity.web;

import fr.plume.tool.identity.application.ChangeAccountRoles;
import fr.plume.tool.identity.domain.ToolRole;
import fr.plume.tool.shared.domain.PlumeProblemException;
import java.security.Principal;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The tool's accounts and their roles, for a consortium administrator: every role of
 * {@link ToolRole} is offered as a check box, so a role added to the enum appears here.
 */
@Controller
@RequestMapping("/admin/accounts")
class ToolAccountAdminController {

    private final ChangeAccountRoles roles;

    ToolAccountAdminController(ChangeAccountRoles roles) {
        this.roles = roles;
    }

    @GetMapping
    String list(Principal principal, Model model) {
        model.addAttribute("accounts", roles.accounts(principal.getName()));
        model.addAttribute("roles", ToolRole.values());
        model.addAttribute("me", principal.getName());
        return "admin/accounts";
    }

    @PostMapping("/{id}/roles")
    String change(@PathVariable UUID id, @RequestParam(name = "roles", required = false) List<String> chosen,
            Principal principal, RedirectAttributes redirect) {
        roles.change(principal.getName(), id, parse(chosen));
        redirect.addFlashAttribute("changed", true);
        return "redirect:/admin/accounts";
    }

    private static Set<ToolRole> parse(List<String> chosen) {
        Set<ToolRole> parsed = EnumSet.noneOf(ToolRole.class);
        for (String name : chosen == null ? List.<String>of() : chosen) {
            try {
                parsed.add(ToolRole.valueOf(name));
            } catch (IllegalArgumentException e) {
                throw new PlumeProblemException("PLUME-BAD-REQUEST", 400);
            }
        }
        return parsed;
    }
}
