package fr.plume.tool.identity.web;

import fr.plume.tool.identity.api.SignInLocked;
import jakarta.servlet.http.HttpSession;
import java.time.Clock;
import org.springframework.security.web.WebAttributes;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The sign-in page of tool accounts; after too many failures it says until when sign-in is locked. */
@Controller
class SignInController {

    private final Clock clock;

    SignInController(Clock clock) {
        this.clock = clock;
    }

    @GetMapping("/login")
    String signIn(@RequestParam(name = "locked", required = false) String locked, HttpSession session, Model model) {
        if (locked != null && session.getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION) instanceof SignInLocked lock
                && lock.until().isAfter(clock.instant())) {
            model.addAttribute("lockedUntil", lock.until());
        }
        return "login";
    }
}
