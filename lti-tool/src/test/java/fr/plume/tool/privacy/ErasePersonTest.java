package fr.plume.tool.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import fr.plume.tool.assessment.StudentLauncher;
import fr.plume.tool.assessment.StudentLaunchers;
import fr.plume.tool.certification.IssuedCertificates;
import fr.plume.tool.certification.application.Actor;
import fr.plume.tool.certification.application.EnrolRoster;
import fr.plume.tool.certification.application.FinaliseSession;
import fr.plume.tool.certification.application.ManageCentres;
import fr.plume.tool.certification.application.ScheduleSession;
import fr.plume.tool.certification.domain.Certificate;
import fr.plume.tool.itembank.api.ItemCatalog;
import fr.plume.tool.itembank.application.ImportItems;
import fr.plume.tool.support.BrowserSession;
import fr.plume.tool.support.ConsortiumAdmins;
import fr.plume.tool.support.PlumeIntegrationTest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Erasure by pseudonymisation (GDPR Art. 17), asked by an administrator over real HTTP: identifiers
 * replaced, typed texts deleted, scores kept for statistics, issued certificates kept and still
 * verifiable, all or nothing, logged without the person's data; refused while a certification is
 * under way.
 */
@PlumeIntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class ErasePersonTest {

    private static final String PASSWORD = "privacy-erase-password-1";

    @RegisterExtension
    final StudentLaunchers launchers = new StudentLaunchers();
    @RegisterExtension
    final ConsortiumAdmins.Account admin = ConsortiumAdmins.account("privacy-erase-admin", PASSWORD);
    @RegisterExtension
    final ConsortiumAdmins.Account memberAdmin = ConsortiumAdmins.memberAdmin("privacy-erase-member-admin", PASSWORD,
            "privacy-erase");

    @Autowired
    JdbcClient jdbc;
    @Autowired
    ImportItems items;
    @Autowired
    ItemCatalog catalog;
    @Autowired
    ApplicationContext tool;
    @Autowired
    ManageCentres centres;
    @Autowired
    ScheduleSession sessions;
    @Autowired
    EnrolRoster roster;
    @Autowired
    FinaliseSession finaliseSession;
    @Autowired
    Clock clock;

    People people;

    @BeforeEach
    void bank() throws Exception {
        people = new People(jdbc, items, catalog);
    }

    @Test
    void erasureReplacesIdentifiersDeletesTypedTextsAndKeepsScoresAndCertificates(CapturedOutput output) {
        StudentLauncher univ = launchers.member("privacy-erase");
        StudentLauncher.Session student = People.launch(univ, "erase-1", "Héloïse", "Garnier");
        String essay = "Rédaction à effacer " + UUID.randomUUID();
        UUID attempt = people.writeEssay(student, essay);
        UUID person = people.personOf(univ, "erase-1");
        UUID member = people.memberOf(person);
        Certificate certificate = new IssuedCertificates(tool).issued(member, person, "Héloïse Garnier");
        Map<String, Object> before = jdbc.sql("""
                SELECT word_count, answered_at FROM assessment_essay e JOIN assessment_attempt_item i
                  ON i.attempt_id = e.attempt_id AND i.position = e.position WHERE e.attempt_id = :a""")
                .param("a", attempt).query().singleRow();

        BrowserSession administrator = memberAdmin.signedIn();
        String page = administrator.get("/admin/privacy/people/" + person).body();
        HttpResponse<String> erased = administrator.postForm("/admin/privacy/people/" + person + "/erase",
                Map.of("_csrf", BrowserSession.csrfToken(page), "confirm", "ERASE"));

        assertThat(erased.statusCode()).isEqualTo(302);
        String after = administrator.follow(erased).body();
        assertThat(after).contains("Personne effacée").contains("1 certificat(s) conservé(s)")
                .contains("Cette personne a été effacée").doesNotContain("etu.example.fr").doesNotContain(essay)
                .as("the name stays only on the issued certificate")
                .containsOnlyOnce("Garnier").contains("au nom de Héloïse Garnier");
        Map<String, Object> identity = jdbc.sql("SELECT subject, name, given_name, family_name, email, locale"
                + " FROM lti_user WHERE id = :id").param("id", person).query().singleRow();
        assertThat((String) identity.get("subject")).startsWith("erased-");
        assertThat(identity).containsEntry("name", null).containsEntry("given_name", null)
                .containsEntry("family_name", null).containsEntry("email", null).containsEntry("locale", null);
        assertThat(jdbc.sql("SELECT text FROM assessment_essay WHERE attempt_id = :a").param("a", attempt)
                .query(String.class).single()).isEmpty();
        assertThat(jdbc.sql("""
                SELECT word_count, answered_at FROM assessment_essay e JOIN assessment_attempt_item i
                  ON i.attempt_id = e.attempt_id AND i.position = e.position WHERE e.attempt_id = :a""")
                .param("a", attempt).query().singleRow()).as("what statistics need stays").isEqualTo(before);
        assertThat(jdbc.sql("SELECT holder_name FROM certification_certificate WHERE id = :id")
                .param("id", certificate.id()).query(String.class).single()).isEqualTo("Héloïse Garnier");
        assertThat(administrator.get("/verify/" + certificate.code().value()).body()).as("still verifiable")
                .contains("Héloïse Garnier");
        String pseudonym = (String) identity.get("subject");
        assertThat(jdbc.sql("SELECT count(*) FROM privacy_erasure WHERE pseudonym = :p AND member_id = :m"
                + " AND actor = 'privacy-erase-member-admin' AND essays = 1 AND certificates_kept = 1")
                .param("p", pseudonym).param("m", member).query(Integer.class).single()).isEqualTo(1);
        assertThat(output.getAll()).contains("event=privacy.erasure").contains(pseudonym).doesNotContain("Garnier")
                .doesNotContain("erase-1").doesNotContain(essay).doesNotContain("etu.example.fr");

        HttpResponse<String> again = administrator.postForm("/admin/privacy/people/" + person + "/erase",
                Map.of("_csrf", BrowserSession.csrfToken(page), "confirm", "ERASE"));
        assertThat(again.statusCode()).isEqualTo(409);
        assertThat(again.body()).contains("PRIVACY-ALREADY-ERASED");
        People.launch(univ, "erase-1", "Héloïse", "Garnier");
        assertThat(people.personOf(univ, "erase-1")).as("a new launch is a new person").isNotEqualTo(person);
    }

    @Test
    void erasureWithoutConfirmationChangesNothing() {
        StudentLauncher univ = launchers.member("privacy-erase");
        People.launch(univ, "erase-2", "Noé", "Fontaine");
        UUID person = people.personOf(univ, "erase-2");
        BrowserSession administrator = admin.signedIn();
        String page = administrator.get("/admin/privacy/people/" + person).body();

        HttpResponse<String> refused = administrator.postForm("/admin/privacy/people/" + person + "/erase",
                Map.of("_csrf", BrowserSession.csrfToken(page), "confirm", "erase"));

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("PRIVACY-ERASURE-NOT-CONFIRMED");
        assertThat(jdbc.sql("SELECT subject FROM lti_user WHERE id = :id").param("id", person).query(String.class)
                .single()).isEqualTo("erase-2");
    }

    @Test
    void erasureIsRefusedWhileACertificationOfThePersonIsUnderWayAndDoneOnceTheSessionIsFinalised() {
        StudentLauncher univ = launchers.member("privacy-erase");
        People.launch(univ, "erase-3", "Yanis", "Roux");
        UUID person = people.personOf(univ, "erase-3");
        UUID member = people.memberOf(person);
        Actor officer = new Actor("privacy-erase-officer", true, Map.of());
        UUID centre = centres.open(officer, member, "Centre " + UUID.randomUUID()).id();
        UUID session = sessions.schedule(officer, centre, new ScheduleSession.Request(
                clock.instant().plus(Duration.ofDays(7)), "Salle 12", 10, 120, "certification")).session().id();
        roster.enrol(officer, session, "liste.csv",
                "identifiant,nom,tiers_temps\nerase-3,Yanis Roux,33\n".getBytes(StandardCharsets.UTF_8));
        BrowserSession administrator = admin.signedIn();
        String page = administrator.get("/admin/privacy/people/" + person).body();
        assertThat(page).as("the accommodation is part of the data").contains("33 %");

        HttpResponse<String> refused = administrator.postForm("/admin/privacy/people/" + person + "/erase",
                Map.of("_csrf", BrowserSession.csrfToken(page), "confirm", "ERASE"));

        assertThat(refused.statusCode()).isEqualTo(409);
        assertThat(refused.body()).contains("PRIVACY-CERTIFICATION-IN-PROGRESS").contains("Certification en cours");
        assertThat(jdbc.sql("SELECT subject FROM lti_user WHERE id = :id").param("id", person).query(String.class)
                .single()).isEqualTo("erase-3");
        assertThat(jdbc.sql("SELECT holder_name FROM certification_candidate WHERE session_id = :s")
                .param("s", session).query(String.class).single()).isEqualTo("Yanis Roux");

        finaliseSession.finalise(officer, session);
        HttpResponse<String> erased = administrator.postForm("/admin/privacy/people/" + person + "/erase",
                Map.of("_csrf", BrowserSession.csrfToken(page), "confirm", "ERASE"));

        assertThat(erased.statusCode()).isEqualTo(302);
        String pseudonym = jdbc.sql("SELECT subject FROM lti_user WHERE id = :id").param("id", person)
                .query(String.class).single();
        assertThat(pseudonym).startsWith("erased-");
        assertThat(jdbc.sql("SELECT holder_name, platform_subject, extra_time_percent FROM certification_candidate"
                + " WHERE session_id = :s").param("s", session).query().singleRow())
                .as("no certificate: the candidacy takes the pseudonym, the accommodation stays for the session file")
                .containsEntry("holder_name", pseudonym).containsEntry("platform_subject", null)
                .containsEntry("extra_time_percent", 33);
    }
}
