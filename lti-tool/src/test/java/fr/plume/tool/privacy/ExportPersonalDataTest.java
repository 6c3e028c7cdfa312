package fr.plume.tool.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import fr.plume.tool.assessment.StudentLauncher;
import fr.plume.tool.assessment.StudentLaunchers;
import fr.plume.tool.itembank.api.ItemCatalog;
import fr.plume.tool.itembank.application.ImportItems;
import fr.plume.tool.privacy.domain.IdentityHash;
import fr.plume.tool.support.BrowserSession;
import fr.plume.tool.support.ConsortiumAdmins;
import fr.plume.tool.support.PlumeIntegrationTest;
import java.net.http.HttpResponse;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What the tool holds about a person (GDPR Art. 15, 20), over real HTTP after real launches: the
 * launched person's own page and JSON file, and the administrator's export for an access request.
 */
@PlumeIntegrationTest
class ExportPersonalDataTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String PASSWORD = "privacy-export-password-1";

    @RegisterExtension
    final StudentLaunchers launchers = new StudentLaunchers();
    @RegisterExtension
    final ConsortiumAdmins.Account admin = ConsortiumAdmins.account("privacy-export-admin", PASSWORD);
    @RegisterExtension
    final ConsortiumAdmins.Account memberAdmin = ConsortiumAdmins.memberAdmin("privacy-export-member-admin", PASSWORD,
            "privacy-export");

    @Autowired
    JdbcClient jdbc;
    @Autowired
    ImportItems items;
    @Autowired
    ItemCatalog catalog;

    People people;

    @BeforeEach
    void bank() throws Exception {
        people = new People(jdbc, items, catalog);
    }

    @Test
    void aLaunchedStudentSeesEverythingTheToolHoldsAboutThemAndDownloadsItAsJson() throws Exception {
        StudentLauncher univ = launchers.member("privacy-export");
        StudentLauncher.Session student = People.launch(univ, "reader-1", "Camille", "Durand");
        String essay = "Ma rédaction " + UUID.randomUUID() + " sur la ville.";
        people.writeEssay(student, essay);
        String hash = IdentityHash.of(univ.platform().issuer(), "reader-1");

        assertThat(student.get("/app").body()).contains("href=\"/app/my-data\"").contains("Mes données");
        HttpResponse<String> page = student.get("/app/my-data");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Cache-Control").orElse("")).contains("no-store");
        assertThat(page.body()).contains("<html lang=\"fr\"").contains("<title>Mes données — Plume</title>")
                .contains("<main").containsOnlyOnce("<h1").contains("Camille Durand")
                .contains(People.email("Camille", "Durand")).contains(essay).contains(hash)
                .contains("href=\"/app/my-data.json\"");
        assertThat(student.get("/app/my-data?lang=en").body()).contains("<html lang=\"en\"").contains("My data")
                .contains("Download my data (JSON)");

        HttpResponse<String> file = student.get("/app/my-data.json");
        assertThat(file.statusCode()).isEqualTo(200);
        assertThat(file.headers().firstValue("Content-Type").orElse("")).startsWith("application/json");
        assertThat(file.headers().firstValue("Content-Disposition").orElse("")).startsWith("attachment")
                .contains("plume-my-data.json");
        assertThat(file.headers().firstValue("Cache-Control").orElse("")).contains("no-store");
        JsonNode data = JSON.readTree(file.body());
        assertThat(data.at("/identity/email").asString()).isEqualTo(People.email("Camille", "Durand"));
        assertThat(data.at("/identity/identityHash").asString()).isEqualTo(hash);
        assertThat(data.at("/identity/memberCode").asString()).isEqualTo("privacy-export");
        assertThat(data.at("/essays/0/text").asString()).isEqualTo(essay);
        assertThat(data.at("/attempts/0/mode").asString()).isEqualTo("FORMATIVE");
        assertThat(data.at("/attempts/0/answers").size()).isEqualTo(1);
        assertThat(data.at("/courses/0/roles").toString()).containsIgnoringCase("learner");
        assertThat(data.at("/launches/0/launches").asInt()).as("one launch this month").isEqualTo(1);
        assertThat(data.has("certificates")).isTrue();
        assertThat(data.has("accommodations")).isTrue();
    }

    @Test
    void aStudentSeesOnlyTheirOwnData() {
        StudentLauncher univ = launchers.member("privacy-export");
        People.launch(univ, "reader-2", "Mathis", "Lefebvre");
        StudentLauncher.Session other = People.launch(univ, "reader-3", "Inès", "Moreau");

        String page = other.get("/app/my-data").body();
        String file = other.get("/app/my-data.json").body();

        assertThat(page).contains("Inès Moreau").doesNotContain("Mathis").doesNotContain("Lefebvre");
        assertThat(file).contains("Moreau").doesNotContain("Lefebvre");
    }

    @Test
    void anAdministratorExportsAPersonForAnAccessRequest() throws Exception {
        StudentLauncher univ = launchers.member("privacy-export");
        StudentLauncher.Session student = People.launch(univ, "asker-1", "Lina", "Bernard");
        String essay = "Texte " + UUID.randomUUID();
        people.writeEssay(student, essay);
        UUID person = people.personOf(univ, "asker-1");

        for (BrowserSession administrator : new BrowserSession[] {admin.signedIn(), memberAdmin.signedIn()}) {
            HttpResponse<String> page = administrator.get("/admin/privacy/people/" + person);
            assertThat(page.statusCode()).isEqualTo(200);
            assertThat(page.body()).containsOnlyOnce("<h1").contains("<main").contains("Lina Bernard").contains(essay)
                    .contains("href=\"/admin/privacy/people/" + person + ".json\"");
            HttpResponse<String> file = administrator.get("/admin/privacy/people/" + person + ".json");
            assertThat(file.headers().firstValue("Content-Disposition").orElse("")).startsWith("attachment");
            JsonNode data = JSON.readTree(file.body());
            assertThat(data.at("/identity/personId").asString()).isEqualTo(person.toString());
            assertThat(data.at("/essays/0/text").asString()).isEqualTo(essay);
        }
    }

    @Test
    void anAdministratorExportsAToolAccountsDataWithoutItsSecrets() throws Exception {
        UUID account = jdbc.sql("SELECT id FROM tool_account WHERE username = 'privacy-export-member-admin'")
                .query(UUID.class).single();

        String search = admin.signedIn().get("/admin/privacy?q=privacy-export-member").body();
        HttpResponse<String> file = admin.signedIn().get("/admin/privacy/accounts/" + account + ".json");
        HttpResponse<String> ownMember = memberAdmin.signedIn().get("/admin/privacy/accounts/" + account + ".json");
        HttpResponse<String> consortiumAccount = memberAdmin.signedIn().get("/admin/privacy/accounts/"
                + jdbc.sql("SELECT id FROM tool_account WHERE username = 'privacy-export-admin'").query(UUID.class)
                        .single() + ".json");

        assertThat(search).contains("/admin/privacy/accounts/" + account + ".json");
        assertThat(file.statusCode()).isEqualTo(200);
        assertThat(file.headers().firstValue("Content-Disposition").orElse("")).startsWith("attachment");
        JsonNode data = JSON.readTree(file.body());
        assertThat(data.at("/username").asString()).isEqualTo("privacy-export-member-admin");
        assertThat(data.at("/roles").toString()).contains("MEMBER_ADMIN");
        assertThat(file.body()).doesNotContain("password").doesNotContain("{bcrypt}").doesNotContain("hash");
        assertThat(ownMember.statusCode()).as("their own member's account").isEqualTo(200);
        assertThat(consortiumAccount.statusCode()).as("an account outside their member").isEqualTo(404);
    }
}
