package fr.plume.tool.shared.web;

import fr.plume.tool.assessment.StudentLauncher;
import fr.plume.tool.support.BrowserSession;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** One persona's real session of the tool: a signed-in (or anonymous) browser, or a launch's cookie. */
interface Caller {

    /** A page that any session may open and that carries a form, hence the session's CSRF token. */
    String PAGE_WITH_FORM = "/certif/invigilate";

    HttpResponse<String> get(String path);

    /** Posts the form with the session's valid CSRF token. */
    HttpResponse<String> post(String path, Map<String, String> form);

    static Caller of(BrowserSession browser) {
        return new Caller() {
            @Override
            public HttpResponse<String> get(String path) {
                return browser.get(path);
            }

            @Override
            public HttpResponse<String> post(String path, Map<String, String> form) {
                Map<String, String> fields = new LinkedHashMap<>(form);
                fields.put("_csrf", BrowserSession.csrfToken(browser.get(PAGE_WITH_FORM).body()));
                return browser.postForm(path, fields);
            }
        };
    }

    static Caller of(StudentLauncher.Session launched) {
        return new Caller() {
            @Override
            public HttpResponse<String> get(String path) {
                return launched.get(path);
            }

            @Override
            public HttpResponse<String> post(String path, Map<String, String> form) {
                Map<String, List<String>> fields = new LinkedHashMap<>();
                form.forEach((name, value) -> fields.put(name, List.of(value)));
                return launched.post(path, launched.get(PAGE_WITH_FORM).body(), fields);
            }
        };
    }
}
