package fr.plume.tool.shared.web;

import org.springframework.web.servlet.view.RedirectView;

/**
 * Redirects to per-request addresses (launch landings, the platform's authorization request,
 * the next item). A {@code "redirect:" + url} view name makes the view resolver build, initialise
 * and cache a new view for every distinct address, under a lock; a {@link RedirectView} does not.
 */
public final class Redirects {

    private Redirects() {
    }

    /** A 302 to {@code location}; paths starting with "/" are relative to the application. */
    public static RedirectView to(String location) {
        RedirectView view = new RedirectView(location, true);
        view.setExposeModelAttributes(false);
        // Addresses are complete already; scanning a long authorization request for {variables} is wasted work.
        view.setExpandUriTemplateVariables(false);
        return view;
    }
}
