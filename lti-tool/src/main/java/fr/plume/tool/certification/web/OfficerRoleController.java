package fr.plume.tool.certification.web;

import fr.plume.tool.certification.application.MapOfficerRoles;
import java.security.Principal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The consortium administrator's page mapping LTI roles to the national certification officer.
 * Under {@code /admin/**}: consortium administrators only (security configuration).
 */
@Controller
@RequestMapping("/admin/certification/officer-roles")
class OfficerRoleController {

    private final MapOfficerRoles roles;

    OfficerRoleController(MapOfficerRoles roles) {
        this.roles = roles;
    }

    @GetMapping
    String page(Model model) {
        model.addAttribute("roles", roles.mapped());
        return "certification/officer-roles";
    }

    @PostMapping
    String map(@RequestParam(defaultValue = "") String role, Principal admin, RedirectAttributes redirect) {
        roles.map(admin.getName(), role);
        redirect.addFlashAttribute("notice", "certification.officerRoles.mapped");
        return "redirect:/admin/certification/officer-roles";
    }

    @PostMapping("/remove")
    String unmap(@RequestParam(defaultValue = "") String role, Principal admin, RedirectAttributes redirect) {
        roles.unmap(admin.getName(), role);
        redirect.addFlashAttribute("notice", "certification.officerRoles.unmapped");
        return "redirect:/admin/certification/officer-roles";
    }
}
