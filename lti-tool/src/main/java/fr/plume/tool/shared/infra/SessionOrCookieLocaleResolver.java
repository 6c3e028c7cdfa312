package fr.plume.tool.shared.infra;

import fr.plume.tool.shared.domain.SupportedLocales;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import org.springframework.context.i18n.LocaleContext;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;
import org.springframework.web.servlet.i18n.SessionLocaleResolver;

/**
 * Remembers the language chosen with {@code ?lang=} in the visitor's session when they have one (a
 * launch, a signed-in administrator), else in a cookie: choosing a language never opens a stored
 * session (DESIGN §10), not even on the relaunch page of a protected address.
 */
final class SessionOrCookieLocaleResolver extends SessionLocaleResolver {

    static final String COOKIE = "PLUME_LANG";
    private static final String CHOSEN = SessionOrCookieLocaleResolver.class.getName() + ".chosen";

    /** @param otherwise the language of a visitor who chose none (from the browser's preferences) */
    SessionOrCookieLocaleResolver(Function<HttpServletRequest, Locale> otherwise) {
        setDefaultLocaleFunction(request -> chosenWithoutSession(request).orElseGet(() -> otherwise.apply(request)));
    }

    @Override
    public void setLocaleContext(HttpServletRequest request, HttpServletResponse response, LocaleContext context) {
        if (request.getSession(false) != null) {
            super.setLocaleContext(request, response, context);
            return;
        }
        Locale chosen = context == null ? null : context.getLocale();
        if (chosen == null) {
            return;
        }
        request.setAttribute(CHOSEN, chosen);
        if (response != null) {
            // Same attributes as the session cookie: the pages live in the platform's iframe.
            response.addHeader(HttpHeaders.SET_COOKIE, ResponseCookie.from(COOKIE, chosen.getLanguage()).path("/")
                    .httpOnly(true).secure(true).sameSite("None").partitioned(true).build().toString());
        }
    }

    private static Optional<Locale> chosenWithoutSession(HttpServletRequest request) {
        if (request.getAttribute(CHOSEN) instanceof Locale chosen) {
            return Optional.of(chosen);
        }
        Cookie[] cookies = request.getCookies();
        return cookies == null ? Optional.empty() : Arrays.stream(cookies)
                .filter(cookie -> COOKIE.equals(cookie.getName())).findFirst()
                .map(cookie -> SupportedLocales.supportedOrNull(Locale.forLanguageTag(cookie.getValue())));
    }
}
