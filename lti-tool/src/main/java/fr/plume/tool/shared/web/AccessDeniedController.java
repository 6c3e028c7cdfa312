package fr.plume.tool.shared.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.security.Principal;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.security.web.WebAttributes;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.support.RequestContextUtils;

/** The 403 page that {@link AccessDeniedPage} forwards to. */
@Controller
class AccessDeniedController {

    private final MessageSource messages;

    AccessDeniedController(MessageSource messages) {
        this.messages = messages;
    }

    @RequestMapping(AccessDeniedPage.PATH)
    ModelAndView refused(HttpServletRequest request, HttpServletResponse response, Principal principal) {
        boolean csrf = request.getAttribute(WebAttributes.ACCESS_DENIED_403) instanceof CsrfException;
        String code = csrf ? "AUTH-CSRF" : "AUTH-FORBIDDEN";
        Object refusedPath = request.getAttribute(RequestDispatcher.FORWARD_REQUEST_URI);
        Object[] args = {principal == null ? "—" : principal.getName(), refusedPath == null ? "—" : refusedPath};
        Locale locale = RequestContextUtils.getLocale(request);
        response.setStatus(HttpServletResponse.SC_FORBIDDEN);
        ModelAndView page = new ModelAndView("error", HttpStatus.FORBIDDEN);
        page.addObject("code", code);
        page.addObject("status", 403);
        page.addObject("problemTitle", messages.getMessage("problem." + code + ".title", args, locale));
        page.addObject("advice", messages.getMessage("problem." + code + ".advice", args, locale));
        page.addObject("requestId", request.getAttribute(RequestIds.ATTRIBUTE));
        page.addObject("signOut", principal != null && !csrf);
        return page;
    }
}
