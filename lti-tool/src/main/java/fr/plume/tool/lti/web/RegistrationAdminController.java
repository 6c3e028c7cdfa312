package fr.plume.tool.lti.web;

import fr.plume.tool.identity.api.Members;
import fr.plume.tool.lti.application.RegisterPlatform;
import fr.plume.tool.lti.application.RotateToolKeys;
import fr.plume.tool.lti.application.ToolKeys;
import fr.plume.tool.lti.application.ChangeRegistrationStatus;
import fr.plume.tool.lti.application.ConfigureMemberAttribution;
import fr.plume.tool.lti.application.ListRegistrations;
import fr.plume.tool.shared.domain.PlumeProblemException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Consortium administrators: platforms of every member, manual registration, tool keys. */
@Controller
class RegistrationAdminController {

    private final ListRegistrations registrations;
    private final ChangeRegistrationStatus changeStatus;
    private final RegisterPlatform registerPlatform;
    private final RotateToolKeys rotateToolKeys;
    private final ToolKeys toolKeys;
    private final Members members;
    private final ToolUrls urls;
    private final ConfigureMemberAttribution attribution;

    RegistrationAdminController(ListRegistrations registrations, ChangeRegistrationStatus changeStatus,
            RegisterPlatform registerPlatform,
            RotateToolKeys rotateToolKeys, ToolKeys toolKeys, Members members, ToolUrls urls,
            ConfigureMemberAttribution attribution) {
        this.attribution = attribution;
        this.registrations = registrations;
        this.changeStatus = changeStatus;
        this.registerPlatform = registerPlatform;
        this.rotateToolKeys = rotateToolKeys;
        this.toolKeys = toolKeys;
        this.members = members;
        this.urls = urls;
    }

    @ModelAttribute
    void common(Model model) {
        List<Members.Member> all = members.all();
        Map<UUID, String> memberNames = new LinkedHashMap<>();
        Map<String, String> dynamicUrls = new LinkedHashMap<>();
        for (Members.Member m : all) {
            memberNames.put(m.id(), m.name());
            dynamicUrls.put(m.name() + " (" + m.code() + ")", urls.dynamicRegistrationUrl(m.code()));
        }
        model.addAttribute("members", all);
        model.addAttribute("memberNames", memberNames);
        model.addAttribute("dynamicUrls", dynamicUrls);
        model.addAttribute("urls", urls);
        model.addAttribute("keys", toolKeys.describe());
    }

    @GetMapping("/admin/lti/registrations")
    String list(Model model) {
        model.addAttribute("registrations", registrations.all());
        model.addAttribute("rules", attribution.rules());
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", new RegisterPlatform.Input(null, null, "", "", "", "", "", "", ""));
        }
        return "lti/admin-registrations";
    }

    @PostMapping("/admin/lti/registrations")
    String add(@RequestParam(name = "memberId", required = false) UUID memberId,
            @RequestParam(name = "label", required = false) String label,
            @RequestParam(name = "issuer", required = false) String issuer,
            @RequestParam(name = "clientId", required = false) String clientId,
            @RequestParam(name = "authorizationEndpoint", required = false) String authorizationEndpoint,
            @RequestParam(name = "tokenEndpoint", required = false) String tokenEndpoint,
            @RequestParam(name = "jwksUri", required = false) String jwksUri,
            @RequestParam(name = "deploymentIds", required = false) String deploymentIds,
            Model model, RedirectAttributes redirect) {
        RegisterPlatform.Input form = new RegisterPlatform.Input(memberId, null, label, issuer, clientId,
                authorizationEndpoint, tokenEndpoint, jwksUri, deploymentIds);
        try {
            registerPlatform.register(form);
        } catch (PlumeProblemException problem) {
            model.addAttribute("form", form);
            model.addAttribute("errorCode", problem.code());
            model.addAttribute("errorField", problem.arguments().length > 0 ? problem.arguments()[0] : null);
            return list(model);
        }
        redirect.addFlashAttribute("saved", true);
        return "redirect:/admin/lti/registrations";
    }

    @PostMapping("/admin/lti/registrations/{id}/status")
    String status(@PathVariable UUID id, @RequestParam("status") String status, RedirectAttributes redirect) {
        if (!List.of("ACTIVE", "DISABLED").contains(status) || !changeStatus.change(id, status)) {
            throw new PlumeProblemException("LTI-REGISTRATION-INVALID", 400, "status");
        }
        redirect.addFlashAttribute("saved", true);
        return "redirect:/admin/lti/registrations";
    }

    @PostMapping("/admin/lti/keys/rotate")
    String rotate(RedirectAttributes redirect) {
        redirect.addFlashAttribute("rotation", rotateToolKeys.rotate());
        return "redirect:/admin/lti/registrations#keys";
    }
}
