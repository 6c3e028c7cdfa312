package fr.plume.tool.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import fr.plume.tool.assessment.StudentLauncher;
import fr.plume.tool.assessment.StudentLaunchers;
import fr.plume.tool.support.BrowserSession;
import fr.plume.tool.support.ConsortiumAdmins;
import fr.plume.tool.support.PlumeIntegrationTest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Finding the person of a request: the consortium administrator among every member, a member
 * administrator among their own member's people only; another member's person is unknown to them.
 */
@PlumeIntegrationTest
class FindPeopleTest {

    private static final String PASSWORD = "privacy-find-password-1";

    @RegisterExtension
    final StudentLaunchers launchers = new StudentLaunchers();
    @RegisterExtension
    final ConsortiumAdmins.Account admin = ConsortiumAdmins.account("privacy-find-admin", PASSWORD);
    @RegisterExtension
    final ConsortiumAdmins.Account adminA = ConsortiumAdmins.memberAdmin("privacy-find-admin-a", PASSWORD,
            "privacy-find-a");
    @RegisterExtension
    final ConsortiumAdmins.Account adminB = ConsortiumAdmins.memberAdmin("privacy-find-admin-b", PASSWORD,
            "privacy-find-b");

    @Autowired
    JdbcClient jdbc;

    @Test
    void eachAdministratorFindsThePeopleOfTheirScopeOnly() {
        StudentLauncher a = launchers.member("privacy-find-a");
        StudentLauncher b = launchers.member("privacy-find-b");
        String family = "Zyx" + UUID.randomUUID().toString().substring(0, 6);
        People.launch(a, "find-1", "Alix", family);
        People.launch(b, "find-2", "Bastien", family);
        UUID personOfA = jdbc.sql("SELECT id FROM lti_user WHERE subject = 'find-1' AND issuer = :i")
                .param("i", a.platform().issuer()).query(UUID.class).single();

        String consortium = admin.signedIn().get("/admin/privacy?q=" + family).body();
        String ofA = adminA.signedIn().get("/admin/privacy?q=" + family).body();
        BrowserSession otherMember = adminB.signedIn();
        String ofB = otherMember.get("/admin/privacy?q=" + family).body();

        assertThat(consortium).contains("Alix " + family).contains("Bastien " + family).containsOnlyOnce("<h1");
        assertThat(ofA).contains("Alix " + family).doesNotContain("Bastien");
        assertThat(ofB).contains("Bastien " + family).doesNotContain("Alix");
        assertThat(otherMember.get("/admin/privacy/people/" + personOfA).statusCode()).isEqualTo(404);
        assertThat(otherMember.get("/admin/privacy/people/" + personOfA + ".json").statusCode()).isEqualTo(404);
        String form = otherMember.get("/certif/invigilate").body();
        HttpResponse<String> erase = otherMember.postForm("/admin/privacy/people/" + personOfA + "/erase",
                Map.of("_csrf", BrowserSession.csrfToken(form), "confirm", "ERASE"));
        assertThat(erase.statusCode()).isEqualTo(404);
        assertThat(jdbc.sql("SELECT email FROM lti_user WHERE id = :id").param("id", personOfA).query(String.class)
                .single()).as("nothing erased").isEqualTo(People.email("Alix", family));
    }

    @Test
    void aLaunchedStudentCannotSearchPeople() {
        StudentLauncher.Session student = People.launch(launchers.member("privacy-find-a"), "find-3", "Jade", "Petit");

        HttpResponse<String> search = student.get("/admin/privacy?q=Petit");

        assertThat(search.statusCode()).isIn(302, 401, 403);
        assertThat(search.body()).doesNotContain("Jade Petit");
    }
}
