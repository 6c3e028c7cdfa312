package fr.plume.tool.identity.web;

import fr.plume.tool.identity.application.ManageApiTokens;
import fr.plume.tool.shared.domain.ApiScope;
import fr.plume.tool.shared.domain.PlumeProblemException;
import jakarta.servlet.http.HttpServletResponse;
import java.security.Principal;
import java.time.Clock;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The signed-in administrator's API tokens: create one (its secret is shown on this answer only,
 * never stored nor redirected through the session), see each with its last use, revoke one.
 */
@Controller
@RequestMapping("/admin/api-tokens")
class ApiTokenAdminController {

    /** Validity choices offered by the form; "NONE" is a token that does not expire. */
    static final Map<String, Duration> VALIDITIES = Map.of(
            "P30D", Duration.ofDays(30), "P90D", Duration.ofDays(90), "P365D", Duration.ofDays(365));

    private final ManageApiTokens tokens;
    private final Clock clock;

    ApiTokenAdminController(ManageApiTokens tokens, Clock clock) {
        this.tokens = tokens;
        this.clock = clock;
    }

    @GetMapping
    String list(Principal principal, Model model) {
        model.addAttribute("tokens", tokens.of(principal.getName()));
        model.addAttribute("now", clock.instant());
        model.addAttribute("scopes", ApiScope.values());
        model.addAttribute("validities", List.of("P30D", "P90D", "P365D", "NONE"));
        return "admin/api-tokens";
    }

    @PostMapping
    String create(@RequestParam(name = "name", required = false) String name,
            @RequestParam(name = "scopes", required = false) List<String> scopes,
            @RequestParam(name = "validity", defaultValue = "P90D") String validity,
            Principal principal, Model model, HttpServletResponse response) {
        Duration lifetime = "NONE".equals(validity) ? null : VALIDITIES.get(validity);
        if (lifetime == null && !"NONE".equals(validity)) {
            throw new PlumeProblemException("PLUME-BAD-REQUEST", 400);
        }
        try {
            ManageApiTokens.Created created = tokens.create(principal.getName(), name, parse(scopes), lifetime);
            model.addAttribute("created", created);
            // The secret is in this page only: no cache may keep it (RFC 9111 §5.2.2.5).
            response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        } catch (PlumeProblemException refused) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("errorCode", refused.code());
            model.addAttribute("formName", name);
        }
        return list(principal, model);
    }

    @PostMapping("/{id}/revoke")
    String revoke(@PathVariable UUID id, Principal principal, RedirectAttributes redirect) {
        if (!tokens.revoke(principal.getName(), id)) {
            throw new PlumeProblemException("PLUME-NOT-FOUND", 404);
        }
        redirect.addFlashAttribute("revoked", true);
        return "redirect:/admin/api-tokens";
    }

    private static Set<ApiScope> parse(List<String> values) {
        if (values == null) {
            return EnumSet.noneOf(ApiScope.class);
        }
        return values.stream().map(ApiScope::fromValue)
                .map(scope -> scope.orElseThrow(() -> new PlumeProblemException("AUTH-TOKEN-SCOPES", 400)))
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(ApiScope.class)));
    }
}
