package fr.plume.tool.shared.web;

import static fr.plume.tool.shared.web.Persona.AUTHOR;
import static fr.plume.tool.shared.web.Persona.CONSORTIUM_ADMIN;
import static fr.plume.tool.shared.web.Persona.EVERYONE;
import static fr.plume.tool.shared.web.Persona.INSTRUCTOR;
import static fr.plume.tool.shared.web.Persona.INSTRUCTORS;
import static fr.plume.tool.shared.web.Persona.LAUNCHED;
import static fr.plume.tool.shared.web.Persona.MEMBER_ADMIN;
import static fr.plume.tool.shared.web.Persona.OFFICER;
import static fr.plume.tool.shared.web.Persona.PSYCHOMETRICIAN;

import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The one classification of every HTTP route (docs/security.md): "METHOD /pattern" as Spring MVC
 * maps it, who may use it, whether its pages are personal (never cached) and what an allowed
 * caller gets. {@link RouteAccessTest} fails for a route missing here.
 */
final class RouteTable {

    /** Routes no browser session may use: the admin API takes Bearer tokens only (ApiRoutes). */
    static final Set<Persona> BEARER_TOKEN_ONLY = EnumSet.noneOf(Persona.class);
    /**
     * Routes of an invigilator who typed the session's code and PIN (POST /certif/invigilate):
     * no persona holds that grant, so every one of them is refused.
     */
    static final Set<Persona> INVIGILATOR_ONLY = EnumSet.noneOf(Persona.class);
    /** The Prometheus scrape: only the deployment's scrape token opens it (MetricsScrapeSecurity), no person. */
    static final Set<Persona> SCRAPE_TOKEN_ONLY = EnumSet.noneOf(Persona.class);
    /**
     * Decisions of a member university's jury: only the managers of the session's centre take them
     * (not even the officer); no persona manages a centre, so every one of them is refused.
     */
    static final Set<Persona> CENTRE_MANAGER_ONLY = EnumSet.noneOf(Persona.class);

    /** Whether the route's pages are the public's or someone's (then never stored by caches). */
    enum Kind { PUBLIC, PERSONAL }

    /**
     * What an allowed caller gets: WORKS is a 2xx/3xx answer (checked for GET routes whose ids
     * are real); ANSWERS is any answer but a 5xx (pages that need the platform's parameters).
     */
    enum Check { WORKS, ANSWERS }

    /** Who may use one route, and with which real ids only its {@code owner} may. */
    record Rule(Set<Persona> allowed, Kind kind, Check check, Persona owner) {
    }

    private static final Map<String, Rule> RULES = new LinkedHashMap<>();

    static {
        route("ANY /access-denied", EVERYONE, Kind.PUBLIC, Check.ANSWERS);
        route("ANY /error", EVERYONE, Kind.PUBLIC, Check.ANSWERS);
        route("ANY /lti/session-missing", EVERYONE, Kind.PUBLIC, Check.ANSWERS);
        route("GET /", EVERYONE, Kind.PUBLIC, Check.WORKS);
        route("GET /.well-known/jwks.json", EVERYONE, Kind.PUBLIC, Check.WORKS);
        route("GET /admin", of(CONSORTIUM_ADMIN), Kind.PERSONAL, Check.WORKS);
        route("GET /admin/api-tokens", of(CONSORTIUM_ADMIN), Kind.PERSONAL, Check.WORKS);
        route("GET /admin/certification-results", of(CONSORTIUM_ADMIN), Kind.PERSONAL, Check.WORKS);
        route("GET /admin/frameworks", of(CONSORTIUM_ADMIN), Kind.PERSONAL, Check.WORKS);
        route("GET /admin/frameworks/{id}", of(CONSORTIUM_ADMIN), Kind.PERSONAL, Check.WORKS);
        route("GET /admin/frameworks/{id}/export", of(CONSORTIUM_ADMIN), Kind.PERSONAL, Check.WORKS);
        route("GET /admin/grades", of(CONSORTIUM_ADMIN), Kind.PERSONAL, Check.WORKS);
        route("GET /admin/lti/launches", of(CONSORTIUM_ADMIN), Kind.PERSONAL, Check.WORKS);
        route("GET /admin/lti/registrations", of(CONSORTIUM_ADMIN), Kind.PERSONAL, Check.WORKS);
        route("GET /admin/lti/registrations/{id}/attribution", of(CONSORTIUM_ADMIN), Kind.PERSONAL, Check.WORKS);
        route("GET /admin/member/usage", of(MEMBER_ADMIN), Kind.PERSONAL, Check.WORKS);
        route("GET /admin/privacy", of(CONSORTIUM_ADMIN, MEMBER_ADMIN), Kind.PERSONAL, Check.WORKS);
        route("GET /admin/privacy/accounts/{accountId}.json", of(CONSORTIUM_ADMIN, MEMBER_ADMIN), Kind.PERSONAL, Check.WORKS);
        route("GET /admin/privacy/people/{personId}", of(CONSORTIUM_ADMIN, MEMBER_ADMIN), Kind.PERSONAL, Check.WORKS);
        route("GET /admin/privacy/people/{personId}.json", of(CONSORTIUM_ADMIN, MEMBER_ADMIN), Kind.PERSONAL, Check.WORKS);
        route("GET /admin/member/usage.xlsx", of(MEMBER_ADMIN), Kind.PERSONAL, Check.WORKS);
        route("GET /admin/psychometrics/report", of(PSYCHOMETRICIAN), Kind.PERSONAL, Check.WORKS);
        route("GET /admin/psychometrics/dif", of(PSYCHOMETRICIAN), Kind.PERSONAL, Check.WORKS);
        route("GET /admin/psychometrics/report/curves.csv", of(PSYCHOMETRICIAN), Kind.PERSONAL, Check.WORKS);
        route("GET /admin/psychometrics/report/curves.xlsx", of(PSYCHOMETRICIAN), Kind.PERSONAL, Check.WORKS);
        route("GET /admin/psychometrics/report/coverage.csv", of(PSYCHOMETRICIAN), Kind.PERSONAL, Check.WORKS);
        route("GET /admin/psychometrics/report/coverage.xlsx", of(PSYCHOMETRICIAN), Kind.PERSONAL, Check.WORKS);
        route("GET /admin/psychometrics/exposure/items.csv", of(PSYCHOMETRICIAN), Kind.PERSONAL, Check.WORKS);
        route("GET /admin/psychometrics/exposure/items.xlsx", of(PSYCHOMETRICIAN), Kind.PERSONAL, Check.WORKS);
        route("GET /admin/psychometrics/dif/items.csv", of(PSYCHOMETRICIAN), Kind.PERSONAL, Check.ANSWERS);
        route("GET /admin/psychometrics/dif/items.xlsx", of(PSYCHOMETRICIAN), Kind.PERSONAL, Check.ANSWERS);
        route("GET /admin/psychometrics/exposure", of(PSYCHOMETRICIAN), Kind.PERSONAL, Check.WORKS);
        route("GET /admin/psychometrics/items", of(PSYCHOMETRICIAN), Kind.PERSONAL, Check.WORKS);
        route("GET /admin/psychometrics/runs/{runId}/items.xlsx", of(PSYCHOMETRICIAN), Kind.PERSONAL, Check.WORKS);
        route("GET /admin/accounts", of(CONSORTIUM_ADMIN), Kind.PERSONAL, Check.WORKS);
        route("GET /admin/certification/officer-roles", of(CONSORTIUM_ADMIN), Kind.PERSONAL, Check.WORKS);
        route("GET /admin/psychometrics/runs", of(PSYCHOMETRICIAN), Kind.PERSONAL, Check.WORKS);
        route("GET /admin/psychometrics/runs/{runId}", of(PSYCHOMETRICIAN), Kind.PERSONAL, Check.WORKS);
        route("GET /admin/psychometrics/runs/{runId}/items.csv", of(PSYCHOMETRICIAN), Kind.PERSONAL, Check.WORKS);
        route("GET /admin/sync", of(CONSORTIUM_ADMIN), Kind.PERSONAL, Check.WORKS);
        route("GET /admin/sync/drafts", of(CONSORTIUM_ADMIN), Kind.PERSONAL, Check.WORKS);
        route("GET /admin/sync/members/{memberId}/runs/{runId}", of(CONSORTIUM_ADMIN), Kind.PERSONAL, Check.WORKS);
        route("GET /admin/sync/members/{memberId}/runs/{runId}/attachment", of(CONSORTIUM_ADMIN), Kind.PERSONAL, Check.WORKS);
        route("GET /admin/usage", of(CONSORTIUM_ADMIN), Kind.PERSONAL, Check.WORKS);
        route("GET /admin/usage.xlsx", of(CONSORTIUM_ADMIN), Kind.PERSONAL, Check.WORKS);
        route("GET /api/v1/admin/frameworks", BEARER_TOKEN_ONLY, Kind.PERSONAL, Check.WORKS);
        route("GET /api/v1/admin/frameworks/{id}", BEARER_TOKEN_ONLY, Kind.PERSONAL, Check.WORKS);
        route("GET /api/v1/admin/registrations", BEARER_TOKEN_ONLY, Kind.PERSONAL, Check.WORKS);
        route("GET /api/v1/admin/registrations/{id}", BEARER_TOKEN_ONLY, Kind.PERSONAL, Check.WORKS);
        route("GET /api/v1/admin/sync/members/{memberId}/runs/{runId}", BEARER_TOKEN_ONLY, Kind.PERSONAL, Check.WORKS);
        route("GET /api/v1/admin/sync/runs", BEARER_TOKEN_ONLY, Kind.PERSONAL, Check.WORKS);
        route("GET /api/v1/admin/tool-keys", BEARER_TOKEN_ONLY, Kind.PERSONAL, Check.WORKS);
        route("GET /app", LAUNCHED, Kind.PERSONAL, Check.WORKS);
        route("GET /app/attempts/{id}", LAUNCHED, Kind.PERSONAL, Check.WORKS);
        route("GET /app/attempts/{id}/feedback/{position}", LAUNCHED, Kind.PERSONAL, Check.WORKS);
        route("GET /app/attempts/{id}/result", LAUNCHED, Kind.PERSONAL, Check.WORKS);
        route("GET /app/certificates", LAUNCHED, Kind.PERSONAL, Check.WORKS);
        route("GET /app/certificates/{certificateId}.pdf", LAUNCHED, Kind.PERSONAL, Check.WORKS);
        route("GET /app/my-data", LAUNCHED, Kind.PERSONAL, Check.WORKS);
        route("GET /app/my-data.json", LAUNCHED, Kind.PERSONAL, Check.WORKS);
        // the landing page of teachers' and content developers' launches (lti module), not the item bank
        route("GET /author", INSTRUCTORS, Kind.PERSONAL, Check.WORKS);
        route("GET /author/import", of(AUTHOR), Kind.PERSONAL, Check.WORKS);
        route("GET /author/import/template.xlsx", of(AUTHOR), Kind.PERSONAL, Check.WORKS);
        route("GET /author/items", of(AUTHOR), Kind.PERSONAL, Check.WORKS);
        route("GET /author/items/new", of(AUTHOR), Kind.PERSONAL, Check.WORKS);
        route("GET /author/items/{id}", of(AUTHOR), Kind.PERSONAL, Check.WORKS);
        route("GET /author/modules", of(AUTHOR), Kind.PERSONAL, Check.WORKS);
        route("GET /author/modules/new", of(AUTHOR), Kind.PERSONAL, Check.WORKS);
        route("GET /author/modules/{id}", of(AUTHOR), Kind.PERSONAL, Check.WORKS);
        route("GET /catalogue", EVERYONE, Kind.PUBLIC, Check.WORKS);
        route("GET /catalogue/", EVERYONE, Kind.PUBLIC, Check.WORKS);
        route("GET /catalogue/modules/{moduleId}/cartridge-1.1.imscc", EVERYONE, Kind.PUBLIC, Check.WORKS);
        route("GET /catalogue/modules/{moduleId}/cartridge.imscc", EVERYONE, Kind.PUBLIC, Check.WORKS);
        route("GET /catalogue/modules/{moduleId}/questions.moodle.xml", EVERYONE, Kind.PUBLIC, Check.WORKS);
        route("GET /certif", of(OFFICER), Kind.PERSONAL, Check.WORKS);
        route("GET /certif/audit", of(OFFICER), Kind.PERSONAL, Check.WORKS);
        route("GET /certif/candidate", LAUNCHED, Kind.PERSONAL, Check.WORKS);
        route("GET /certif/candidate/status", LAUNCHED, Kind.PERSONAL, Check.WORKS);
        route("GET /certif/certificates", of(OFFICER, CONSORTIUM_ADMIN), Kind.PERSONAL, Check.WORKS);
        route("GET /certif/certificates/register.xlsx", of(OFFICER, CONSORTIUM_ADMIN), Kind.PERSONAL, Check.WORKS);
        route("GET /certif/invigilate", EVERYONE, Kind.PUBLIC, Check.WORKS);
        route("GET /certif/invigilate/{sessionId}", INVIGILATOR_ONLY, Kind.PERSONAL, Check.WORKS);
        route("GET /certif/invigilate/{sessionId}/candidates", INVIGILATOR_ONLY, Kind.PERSONAL, Check.WORKS);
        route("GET /certif/join", LAUNCHED, Kind.PERSONAL, Check.WORKS);
        route("GET /certif/review", of(OFFICER), Kind.PERSONAL, Check.WORKS);
        route("GET /certif/sessions/{sessionId}", of(OFFICER), Kind.PERSONAL, Check.WORKS);
        route("GET /certif/sessions/{sessionId}/jury", of(OFFICER), Kind.PERSONAL, Check.WORKS);
        route("GET /class", INSTRUCTORS, Kind.PERSONAL, Check.WORKS);
        route("GET /class/{contextId}", INSTRUCTORS, Kind.PERSONAL, Check.WORKS, INSTRUCTOR);
        route("GET /class/{contextId}/essays", INSTRUCTORS, Kind.PERSONAL, Check.WORKS, INSTRUCTOR);
        route("GET /class/{contextId}/export.xlsx", INSTRUCTORS, Kind.PERSONAL, Check.WORKS, INSTRUCTOR);
        route("GET /class/{contextId}/export/{view}.csv", INSTRUCTORS, Kind.PERSONAL, Check.WORKS, INSTRUCTOR);
        route("GET /class/{contextId}/moodle-ratings", INSTRUCTORS, Kind.PERSONAL, Check.WORKS, INSTRUCTOR);
        route("GET /class/{contextId}/students/{studentKey}", INSTRUCTORS, Kind.PERSONAL, Check.WORKS, INSTRUCTOR);
        route("GET /login", EVERYONE, Kind.PUBLIC, Check.WORKS);
        route("GET /lti/deep-link", EVERYONE, Kind.PUBLIC, Check.ANSWERS);
        route("GET /lti/launch", EVERYONE, Kind.PUBLIC, Check.ANSWERS);
        route("GET /lti/login", EVERYONE, Kind.PUBLIC, Check.ANSWERS);
        route("GET /lti/no-role", EVERYONE, Kind.PUBLIC, Check.ANSWERS);
        route("GET /lti/register", EVERYONE, Kind.PUBLIC, Check.ANSWERS);
        route("GET /oai", EVERYONE, Kind.PUBLIC, Check.WORKS);
        route("GET /verify", EVERYONE, Kind.PUBLIC, Check.WORKS);
        route("GET /verify/api/{code}", EVERYONE, Kind.PUBLIC, Check.WORKS);
        route("GET /verify/status-lists/{listId}", EVERYONE, Kind.PUBLIC, Check.WORKS);
        route("GET /verify/{code}", EVERYONE, Kind.PUBLIC, Check.WORKS);
        route("GET /verify/{code}.json", EVERYONE, Kind.PUBLIC, Check.WORKS);
        route("POST /admin/api-tokens", of(CONSORTIUM_ADMIN), Kind.PERSONAL, Check.WORKS);
        route("POST /admin/api-tokens/{id}/revoke", of(CONSORTIUM_ADMIN), Kind.PERSONAL, Check.WORKS);
        route("POST /admin/certification-results/{memberId}/{attemptId}/publish", of(CONSORTIUM_ADMIN), Kind.PERSONAL, Check.WORKS);
        route("POST /admin/frameworks", of(CONSORTIUM_ADMIN), Kind.PERSONAL, Check.WORKS);
        route("POST /admin/grades/{memberId}/{gradeId}/discard", of(CONSORTIUM_ADMIN), Kind.PERSONAL, Check.WORKS);
        route("POST /admin/grades/{memberId}/{gradeId}/retry", of(CONSORTIUM_ADMIN), Kind.PERSONAL, Check.WORKS);
        route("POST /admin/lti/keys/rotate", of(CONSORTIUM_ADMIN), Kind.PERSONAL, Check.WORKS);
        route("POST /admin/lti/registrations", of(CONSORTIUM_ADMIN), Kind.PERSONAL, Check.WORKS);
        route("POST /admin/lti/registrations/{id}/attribution", of(CONSORTIUM_ADMIN), Kind.PERSONAL, Check.WORKS);
        route("POST /admin/lti/registrations/{id}/status", of(CONSORTIUM_ADMIN), Kind.PERSONAL, Check.WORKS);
        route("POST /admin/psychometrics/runs", of(PSYCHOMETRICIAN), Kind.PERSONAL, Check.WORKS);
        route("POST /admin/psychometrics/review", of(PSYCHOMETRICIAN), Kind.PERSONAL, Check.WORKS);
        route("POST /admin/psychometrics/items/pretest", of(PSYCHOMETRICIAN), Kind.PERSONAL, Check.WORKS);
        route("POST /admin/psychometrics/items/promote", of(PSYCHOMETRICIAN), Kind.PERSONAL, Check.WORKS);
        route("POST /admin/psychometrics/items/retire", of(PSYCHOMETRICIAN), Kind.PERSONAL, Check.WORKS);
        route("POST /admin/accounts/{id}/roles", of(CONSORTIUM_ADMIN), Kind.PERSONAL, Check.WORKS);
        route("POST /admin/privacy/people/{personId}/erase", of(CONSORTIUM_ADMIN, MEMBER_ADMIN), Kind.PERSONAL, Check.WORKS);
        route("POST /admin/certification/officer-roles", of(CONSORTIUM_ADMIN), Kind.PERSONAL, Check.WORKS);
        route("POST /admin/certification/officer-roles/remove", of(CONSORTIUM_ADMIN), Kind.PERSONAL, Check.WORKS);
        route("POST /admin/psychometrics/runs/{runId}/promote", of(PSYCHOMETRICIAN), Kind.PERSONAL, Check.WORKS);
        route("POST /admin/sync/drafts/members/{memberId}/{draftId}/accept", of(CONSORTIUM_ADMIN), Kind.PERSONAL, Check.WORKS);
        route("POST /admin/sync/drafts/members/{memberId}/{draftId}/reject", of(CONSORTIUM_ADMIN), Kind.PERSONAL, Check.WORKS);
        route("POST /admin/sync/members/{memberId}/schedules/{scheduleId}/delete", of(CONSORTIUM_ADMIN), Kind.PERSONAL, Check.WORKS);
        route("POST /admin/sync/members/{memberId}/schedules/{scheduleId}/runs", of(CONSORTIUM_ADMIN), Kind.PERSONAL, Check.WORKS);
        route("POST /admin/sync/members/{memberId}/sites", of(CONSORTIUM_ADMIN), Kind.PERSONAL, Check.WORKS);
        route("POST /admin/sync/members/{memberId}/sites/{siteId}/schedules", of(CONSORTIUM_ADMIN), Kind.PERSONAL, Check.WORKS);
        route("POST /api/v1/admin/frameworks", BEARER_TOKEN_ONLY, Kind.PERSONAL, Check.WORKS);
        route("POST /api/v1/admin/registrations", BEARER_TOKEN_ONLY, Kind.PERSONAL, Check.WORKS);
        route("POST /api/v1/admin/sync/members/{memberId}/schedules/{scheduleId}/runs", BEARER_TOKEN_ONLY, Kind.PERSONAL, Check.WORKS);
        route("POST /api/v1/admin/tool-keys/rotate", BEARER_TOKEN_ONLY, Kind.PERSONAL, Check.WORKS);
        route("POST /app/attempts", LAUNCHED, Kind.PERSONAL, Check.WORKS);
        route("POST /app/attempts/{id}/answer", LAUNCHED, Kind.PERSONAL, Check.WORKS);
        route("POST /app/attempts/{id}/stop", LAUNCHED, Kind.PERSONAL, Check.WORKS);
        route("POST /app/certificates/{certificateId}/details", LAUNCHED, Kind.PERSONAL, Check.WORKS);
        route("POST /author/files", of(AUTHOR), Kind.PERSONAL, Check.WORKS);
        route("POST /author/import", of(AUTHOR), Kind.PERSONAL, Check.WORKS);
        route("POST /author/import/confirm", of(AUTHOR), Kind.PERSONAL, Check.WORKS);
        route("POST /author/items", of(AUTHOR), Kind.PERSONAL, Check.WORKS);
        route("POST /author/items/preview", of(AUTHOR), Kind.PERSONAL, Check.WORKS);
        route("POST /author/items/{id}/comments", of(AUTHOR), Kind.PERSONAL, Check.WORKS);
        route("POST /author/items/{id}/versions/{version}/{action}", of(AUTHOR), Kind.PERSONAL, Check.WORKS);
        route("POST /author/modules", of(AUTHOR), Kind.PERSONAL, Check.WORKS);
        route("POST /author/modules/{id}/versions/{version}/{action}", of(AUTHOR), Kind.PERSONAL, Check.WORKS);
        route("POST /certif/audit/verify", of(OFFICER), Kind.PERSONAL, Check.WORKS);
        route("POST /certif/centres", of(OFFICER), Kind.PERSONAL, Check.WORKS);
        route("POST /certif/centres/{centreId}/managers", of(OFFICER), Kind.PERSONAL, Check.WORKS);
        route("POST /certif/centres/{centreId}/sessions", of(OFFICER), Kind.PERSONAL, Check.WORKS);
        route("POST /certif/certificates/{certificateId}/revoke", of(OFFICER, CONSORTIUM_ADMIN), Kind.PERSONAL, Check.WORKS);
        route("POST /certif/invigilate", EVERYONE, Kind.PUBLIC, Check.ANSWERS);
        route("POST /certif/invigilate/{sessionId}/candidates/{candidateId}/authorise", INVIGILATOR_ONLY, Kind.PERSONAL, Check.WORKS);
        route("POST /certif/invigilate/{sessionId}/candidates/{candidateId}/end", INVIGILATOR_ONLY, Kind.PERSONAL, Check.WORKS);
        route("POST /certif/invigilate/{sessionId}/candidates/{candidateId}/incidents", INVIGILATOR_ONLY, Kind.PERSONAL, Check.WORKS);
        route("POST /certif/join", LAUNCHED, Kind.PERSONAL, Check.WORKS);
        route("POST /certif/review/sessions/{sessionId}/publish", of(OFFICER), Kind.PERSONAL, Check.WORKS);
        route("POST /certif/review/{memberId}/{candidateId}/publish", of(OFFICER), Kind.PERSONAL, Check.WORKS);
        route("POST /certif/review/{memberId}/{candidateId}/reject", of(OFFICER), Kind.PERSONAL, Check.WORKS);
        route("POST /certif/review/{memberId}/{candidateId}/rescore", of(OFFICER), Kind.PERSONAL, Check.WORKS);
        route("POST /certif/review/{memberId}/{candidateId}/level", of(OFFICER), Kind.PERSONAL, Check.WORKS);
        route("POST /certif/sessions/{sessionId}/finalise", of(OFFICER), Kind.PERSONAL, Check.WORKS);
        route("POST /certif/sessions/{sessionId}/pin", of(OFFICER), Kind.PERSONAL, Check.WORKS);
        route("POST /certif/sessions/{sessionId}/roster", of(OFFICER), Kind.PERSONAL, Check.WORKS);
        route("POST /certif/sessions/{sessionId}/jury/candidates/{candidateId}", CENTRE_MANAGER_ONLY, Kind.PERSONAL,
                Check.WORKS);
        route("POST /certif/sessions/{sessionId}/jury/close", CENTRE_MANAGER_ONLY, Kind.PERSONAL, Check.WORKS);
        route("POST /class/{contextId}/essays/{attemptId}/{position}", INSTRUCTORS, Kind.PERSONAL, Check.WORKS, INSTRUCTOR);
        route("POST /class/{contextId}/moodle-ratings", INSTRUCTORS, Kind.PERSONAL, Check.WORKS, INSTRUCTOR);
        route("POST /lti/deep-link", EVERYONE, Kind.PUBLIC, Check.ANSWERS);
        route("POST /lti/launch", EVERYONE, Kind.PUBLIC, Check.ANSWERS);
        route("POST /lti/login", EVERYONE, Kind.PUBLIC, Check.ANSWERS);
        route("POST /oai", EVERYONE, Kind.PUBLIC, Check.ANSWERS);
        route("PUT /api/v1/admin/registrations/{id}/status", BEARER_TOKEN_ONLY, Kind.PERSONAL, Check.WORKS);
        // Actuator (docs/operations.md): health and info for load balancers, metrics for Prometheus only
        route("GET /actuator/health", EVERYONE, Kind.PUBLIC, Check.WORKS);
        route("GET /actuator/health/**", EVERYONE, Kind.PUBLIC, Check.ANSWERS);
        route("GET /actuator/info", EVERYONE, Kind.PUBLIC, Check.WORKS);
        route("GET /actuator/prometheus", SCRAPE_TOKEN_ONLY, Kind.PUBLIC, Check.WORKS);
    }

    private RouteTable() {
    }

    static Map<String, Rule> rules() {
        return Collections.unmodifiableMap(RULES);
    }

    private static Set<Persona> of(Persona first, Persona... others) {
        return EnumSet.of(first, others);
    }

    private static void route(String route, Set<Persona> allowed, Kind kind, Check check) {
        route(route, allowed, kind, check, null);
    }

    private static void route(String route, Set<Persona> allowed, Kind kind, Check check, Persona owner) {
        if (RULES.put(route, new Rule(allowed, kind, check, owner)) != null) {
            throw new IllegalStateException("classified twice: " + route);
        }
    }
}
