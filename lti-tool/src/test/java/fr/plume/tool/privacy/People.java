package fr.plume.tool.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import fr.plume.framework.content.ItemType;
import fr.plume.tool.assessment.StudentLauncher;
import fr.plume.tool.itembank.api.ItemCatalog;
import fr.plume.tool.itembank.application.ImportItems;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Launched people with a name and an e-mail, and the essays they write, for the privacy tests. */
final class People {

    private static final Pattern ATTEMPT = Pattern.compile("/app/attempts/([0-9a-f-]{36})");

    private final JdbcClient jdbc;
    private final ItemCatalog catalog;

    People(JdbcClient jdbc, ImportItems items, ItemCatalog catalog) throws Exception {
        this.jdbc = jdbc;
        this.catalog = catalog;
        items.importMatching("classpath*:samples/items/*.json");
    }

    /** A learner's launch carrying the name and e-mail claims (OIDC standard claims, LTI Core §5.3.6). */
    static StudentLauncher.Session launch(StudentLauncher launcher, String sub, String given, String family) {
        return launcher.launch(sub, "privacy-link", Map.of(), List.of(StudentLauncher.LEARNER), "2",
                identity(given, family)).session();
    }

    /** The same launch, issued at {@code clock}'s time (for a tool whose clock a test moved). */
    static StudentLauncher.Session launchAt(StudentLauncher launcher, String sub, String given, String family,
            Clock clock) {
        Map<String, Object> claims = new LinkedHashMap<>(identity(given, family));
        long now = clock.instant().getEpochSecond();
        claims.put("iat", now);
        claims.put("exp", now + 60);
        return launcher.launch(sub, "privacy-link", Map.of(), List.of(StudentLauncher.LEARNER), "2", claims)
                .session();
    }

    private static Map<String, Object> identity(String given, String family) {
        return Map.of("given_name", given, "family_name", family, "name", given + " " + family,
                "email", given.toLowerCase() + "." + family.toLowerCase() + "@etu.example.fr");
    }

    static String email(String given, String family) {
        return given.toLowerCase() + "." + family.toLowerCase() + "@etu.example.fr";
    }

    /** Writes {@code text} as a practice essay: the attempt's id. */
    UUID writeEssay(StudentLauncher.Session student, String text) {
        String competency = catalog.published().stream().filter(p -> p.item().type() == ItemType.ESSAY)
                .map(p -> p.item().competency()).sorted().findFirst().orElseThrow();
        String home = student.get("/app").body();
        Map<String, List<String>> form = new LinkedHashMap<>();
        form.put("mode", List.of("FORMATIVE"));
        form.put("activity", List.of("WRITING"));
        form.put("competency", List.of(competency));
        HttpResponse<String> started = student.post("/app/attempts", home, form);
        Matcher m = ATTEMPT.matcher(StudentLauncher.Session.location(started));
        assertThat(m.find()).as("attempt started").isTrue();
        UUID attempt = UUID.fromString(m.group(1));
        String page = student.get("/app/attempts/" + attempt).body();
        HttpResponse<String> sent = student.post("/app/attempts/" + attempt + "/answer", page,
                Map.of("token", List.of(StudentLauncher.Session.token(page)), "essay", List.of(text)));
        assertThat(sent.statusCode()).as("essay sent").isEqualTo(302);
        return attempt;
    }

    /** The tool's id of the person {@code sub} launched from {@code launcher}'s platform. */
    UUID personOf(StudentLauncher launcher, String sub) {
        return jdbc.sql("SELECT id FROM lti_user WHERE issuer = :issuer AND subject = :sub")
                .param("issuer", launcher.platform().issuer()).param("sub", sub).query(UUID.class).single();
    }

    UUID memberOf(UUID personId) {
        return jdbc.sql("SELECT member_id FROM lti_user WHERE id = :id").param("id", personId).query(UUID.class)
                .single();
    }
}
