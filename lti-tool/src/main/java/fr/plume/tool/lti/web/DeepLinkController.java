package fr.plume.tool.lti.web;

import fr.plume.tool.lti.api.LaunchContext;
import fr.plume.tool.lti.application.AnswerDeepLinking;
import fr.plume.tool.lti.domain.LaunchRejected;
import fr.plume.tool.lti.application.LaunchSessions;
import fr.plume.tool.lti.domain.PendingDeepLinking;
import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Deep Linking 2.0: the picker shown after an LtiDeepLinkingRequest, and the signed response
 * posted back to the platform in the form field {@code JWT} (Deep Linking §4.5).
 */
@Controller
class DeepLinkController {

    private final LaunchSessions session;
    private final AnswerDeepLinking answerDeepLinking;

    DeepLinkController(LaunchSessions session, AnswerDeepLinking answerDeepLinking) {
        this.session = session;
        this.answerDeepLinking = answerDeepLinking;
    }

    @GetMapping("/lti/deep-link")
    String picker(HttpServletRequest request, Model model) {
        LaunchContext launch = session.require();
        PendingDeepLinking pending = pending(request);
        model.addAttribute("activities", answerDeepLinking.choices(launch.memberId()));
        model.addAttribute("multiple", pending.settings().acceptMultiple());
        model.addAttribute("token", pending.token());
        model.addAttribute("platformTitle", pending.settings().title());
        return "lti/deep-link-picker";
    }

    @PostMapping("/lti/deep-link")
    String answer(@RequestParam(name = "activity", required = false) List<String> activities,
            @RequestParam(name = "token", required = false) String token, HttpServletRequest request, Locale locale,
            Model model) {
        LaunchContext launch = session.require();
        PendingDeepLinking pending = pending(request);
        // /lti/** is exempt from Spring's CSRF filter (platform posts); this one-time token
        // from the picker stands in for it.
        if (token == null || !MessageDigest.isEqual(token.getBytes(StandardCharsets.UTF_8),
                pending.token().getBytes(StandardCharsets.UTF_8))) {
            throw new LaunchRejected("LTI-DEEP-LINKING-TOKEN-INVALID", 403);
        }
        AnswerDeepLinking.SignedResponse response = answerDeepLinking.answer(launch.memberId(),
                launch.registrationId(), pending.deploymentId(), pending.settings(),
                activities == null ? List.of() : activities, locale.getLanguage());
        session.finishDeepLinking(request);
        model.addAttribute("returnUrl", response.returnUrl().toString());
        model.addAttribute("jwt", response.jwt());
        return "lti/deep-link-return";
    }

    private PendingDeepLinking pending(HttpServletRequest request) {
        return session.pendingDeepLinking(request)
                .orElseThrow(() -> new LaunchRejected("LTI-DEEP-LINKING-EXPIRED", 400));
    }
}
