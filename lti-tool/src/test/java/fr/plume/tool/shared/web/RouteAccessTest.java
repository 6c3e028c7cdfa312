package fr.plume.tool.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import fr.plume.tool.assessment.StudentLauncher;
import fr.plume.tool.assessment.StudentLaunchers;
import fr.plume.tool.identity.api.Members;
import fr.plume.tool.identity.domain.ToolRole;
import fr.plume.tool.support.BrowserSession;
import fr.plume.tool.support.ConsortiumAdmins;
import fr.plume.tool.support.Http;
import fr.plume.tool.support.PlumeIntegrationTest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.web.method.HandlerMethod;

/**
 * Isolation proven by enumeration (issue 18): every route Spring MVC maps is classified in
 * {@link RouteTable}, then called over real HTTP as each {@link Persona}, with the ids of member
 * A's course and member in its path. Forbidden callers are refused (401/403/404 or the sign-in or
 * relaunch page), never served and never a 5xx; forms are posted with a valid CSRF token, so the
 * refusal is the role check. Allowed callers get their GET pages; every page carries the headers
 * DESIGN §10 asks for.
 */
@PlumeIntegrationTest
class RouteAccessTest {

    private static final Pattern VARIABLE = Pattern.compile("\\{([^}:]+)(:[^}]*)?}");
    private static final String PASSWORD = "route-access-password-1";

    @RegisterExtension
    final StudentLaunchers launchers = new StudentLaunchers();
    @RegisterExtension
    final ConsortiumAdmins.Account author = ConsortiumAdmins.account("routes-author", PASSWORD, Set.of(ToolRole.AUTHOR));
    @RegisterExtension
    final ConsortiumAdmins.Account officer = ConsortiumAdmins.account("routes-officer", PASSWORD,
            Set.of(ToolRole.CERTIFICATION_OFFICER));
    @RegisterExtension
    final ConsortiumAdmins.Account memberAdmin = ConsortiumAdmins.memberAdmin("routes-member-admin", PASSWORD,
            "routes-a");
    @RegisterExtension
    final ConsortiumAdmins.Account psychometrician = ConsortiumAdmins.account("routes-psychometrician", PASSWORD,
            Set.of(ToolRole.PSYCHOMETRICIAN));
    @RegisterExtension
    final ConsortiumAdmins.Account admin = ConsortiumAdmins.account("routes-admin", PASSWORD);

    @Autowired
    ApplicationContext tool;
    @Autowired
    Members members;
    @LocalServerPort
    int port;

    @Test
    void everyRouteIsClassified() {
        Set<String> unclassified = new TreeSet<>(Routes.of(tool));
        unclassified.removeAll(RouteTable.rules().keySet());
        Set<String> gone = new TreeSet<>(RouteTable.rules().keySet());
        gone.removeAll(Routes.of(tool));

        assertThat(unclassified).as("routes missing from RouteTable (classify them: docs/security.md)").isEmpty();
        assertThat(gone).as("classified routes the tool no longer has").isEmpty();
    }

    @Test
    void pagesBehindATrustedTlsProxyAskForHttpsOnly() {
        Http http = new Http(port);

        HttpResponse<String> behindTls = http.get("/", "X-Forwarded-Proto", "https");
        HttpResponse<String> plain = http.get("/");

        assertThat(behindTls.headers().firstValue("Strict-Transport-Security")).hasValueSatisfying(
                hsts -> assertThat(hsts).contains("max-age="));
        assertThat(plain.headers().firstValue("Strict-Transport-Security")).isEmpty();
    }

    @Test
    void openingTheErrorPageDirectlyIsNotFoundRatherThanAServerError() {
        HttpResponse<String> direct = new Http(port).get("/error");

        assertThat(direct.statusCode()).isEqualTo(404);
    }

    @Test
    void everyPersonaGetsExactlyWhatItsRoutesAllowWithTheHeadersOfItsPages() {
        StudentLauncher memberA = launchers.member("routes-a");
        StudentLauncher memberB = launchers.member("routes-b");
        Map<Persona, Caller> callers = new EnumMap<>(Persona.class);
        callers.put(Persona.ANONYMOUS, Caller.of(new BrowserSession(port)));
        callers.put(Persona.STUDENT, Caller.of(memberA.launch("routes-student", "routes-link", Map.of())));
        StudentLauncher.Landed teacher = memberA.launch("routes-teacher", "routes-link", Map.of(),
                List.of(StudentLauncher.INSTRUCTOR), "2", Map.of());
        callers.put(Persona.INSTRUCTOR, Caller.of(teacher.session()));
        callers.put(Persona.OTHER_COURSE_INSTRUCTOR, Caller.of(memberA.launch("routes-teacher-2", "routes-link-3",
                Map.of(), StudentLauncher.INSTRUCTOR, "3")));
        callers.put(Persona.OTHER_MEMBER_INSTRUCTOR, Caller.of(memberB.launch("routes-teacher", "routes-link",
                Map.of(), StudentLauncher.INSTRUCTOR, "2")));
        callers.put(Persona.AUTHOR, Caller.of(author.signedIn()));
        callers.put(Persona.OFFICER, Caller.of(officer.signedIn()));
        callers.put(Persona.MEMBER_ADMIN, Caller.of(memberAdmin.signedIn()));
        callers.put(Persona.PSYCHOMETRICIAN, Caller.of(psychometrician.signedIn()));
        callers.put(Persona.CONSORTIUM_ADMIN, Caller.of(admin.signedIn()));
        Map<String, String> realIds = Map.of(
                "contextId", courseOf(teacher.landing()),
                "memberId", members.ensure("routes-a", "Université routes-a").id().toString());
        String platformOrigin = memberA.platform().issuer();

        List<String> failures = new ArrayList<>();
        Map<String, HandlerMethod> handlers = Routes.handlers(tool);
        for (Map.Entry<String, RouteTable.Rule> entry : RouteTable.rules().entrySet()) {
            Map<String, String> form = Routes.plausibleForm(handlers.get(entry.getKey()));
            boolean unfillable = Routes.bindsMoreThanParameters(handlers.get(entry.getKey()));
            String method = entry.getKey().substring(0, entry.getKey().indexOf(' '));
            String pattern = entry.getKey().substring(entry.getKey().indexOf(' ') + 1);
            Filled path = fill(pattern, realIds);
            for (Map.Entry<Persona, Caller> caller : callers.entrySet()) {
                check(entry.getKey(), method, path, form, unfillable, entry.getValue(), caller.getKey(), caller.getValue(),
                        platformOrigin, failures);
            }
        }

        assertThat(failures).as("route × persona checks that failed").isEmpty();
    }

    private static void check(String route, String method, Filled path, Map<String, String> form,
            boolean unfillable, RouteTable.Rule rule, Persona persona,
            Caller caller, String platformOrigin, List<String> failures) {
        boolean allowed = rule.allowed().contains(persona)
                && (rule.owner() == null || !path.real() || rule.owner() == persona);
        boolean get = !method.equals("POST") && !method.equals("PUT");
        if (!get && allowed && rule.check() == RouteTable.Check.WORKS) {
            return; // allowed forms change things: their own tests post them
        }
        HttpResponse<String> response = get ? caller.get(path.path()) : caller.post(path.path(), form);
        int status = response.statusCode();
        String what = persona + " " + method + " " + path.path() + " (" + route + ") → " + status;
        if (status >= 500) {
            failures.add(what + ": server error");
        } else if (!allowed && !refused(response) && !(!get && unfillable && status == 400)) {
            // a form whose file or form object the test cannot fill may fail its binding (400, nothing
            // done, nothing shown) before the role check: see docs/security.md
            failures.add(what + ": not refused");
        } else if (allowed && get && rule.check() == RouteTable.Check.WORKS && path.real() && status >= 400) {
            failures.add(what + ": refused to an allowed caller");
        }
        if (get && !route.startsWith("GET /api/")) {
            headers(what, rule, allowed && status < 400, response, platformOrigin, failures);
        }
    }

    private static void headers(String what, RouteTable.Rule rule, boolean served, HttpResponse<String> response,
            String platformOrigin, List<String> failures) {
        String csp = response.headers().firstValue("Content-Security-Policy").orElse("");
        if (!csp.contains("frame-ancestors 'self'") || !csp.contains(platformOrigin) || csp.contains("*")) {
            failures.add(what + ": CSP frame-ancestors not limited to the registered platforms: " + csp);
        }
        if (served && rule.kind() == RouteTable.Kind.PERSONAL
                && !response.headers().firstValue("Cache-Control").orElse("").contains("no-store")) {
            failures.add(what + ": personal page without Cache-Control no-store");
        }
        for (String cookie : response.headers().allValues("Set-Cookie")) {
            if (cookie.startsWith("PLUME_SESSION=") && !(cookie.contains("Secure") && cookie.contains("HttpOnly")
                    && cookie.contains("SameSite=None"))) {
                failures.add(what + ": session cookie not Secure, HttpOnly, SameSite=None: " + cookie);
            }
        }
    }

    /** 401/403/404, or the way to the sign-in, relaunch or access-denied page. */
    private static boolean refused(HttpResponse<String> response) {
        int status = response.statusCode();
        if (status == 401 || status == 403 || status == 404) {
            return true;
        }
        String location = response.headers().firstValue("Location").orElse("");
        return (status == 302 || status == 303) && (location.endsWith("/login") || location.contains("/login?")
                || location.contains("/lti/session-missing") || location.contains(AccessDeniedPage.PATH));
    }

    private record Filled(String path, boolean real) {
    }

    private static Filled fill(String pattern, Map<String, String> realIds) {
        Matcher variable = VARIABLE.matcher(pattern);
        StringBuilder path = new StringBuilder();
        boolean real = true;
        while (variable.find()) {
            String name = variable.group(1);
            String value = realIds.get(name);
            if (value == null) {
                real = false;
                value = switch (name) {
                    case "position", "version" -> "1";
                    case "action" -> "publish";
                    case "view" -> "students";
                    case "code" -> "ZZZZ-ZZZZ-ZZZZ";
                    default -> UUID.randomUUID().toString();
                };
            }
            variable.appendReplacement(path, Matcher.quoteReplacement(value));
        }
        variable.appendTail(path);
        return new Filled(path.toString(), real);
    }

    private static String courseOf(String landing) {
        Matcher course = Pattern.compile("^/class/([0-9a-f-]{36})").matcher(landing);
        assertThat(course.find()).as("teacher landed on its class page: " + landing).isTrue();
        return course.group(1);
    }
}
