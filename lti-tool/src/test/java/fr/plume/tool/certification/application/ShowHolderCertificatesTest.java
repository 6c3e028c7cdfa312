package fr.plume.tool.certification.application;

import static org.assertj.core.api.Assertions.assertThat;

import fr.plume.tool.certification.CertificationToolTest;
import fr.plume.tool.certification.IssuedCertificates;
import fr.plume.tool.certification.domain.Certificate;
import fr.plume.tool.identity.api.Members;
import fr.plume.tool.lti.LaunchFlow;
import fr.plume.tool.lti.TestPlatform;
import fr.plume.tool.lti.api.PlatformRegistrations;
import fr.plume.tool.support.BrowserSession;
import fr.plume.tool.support.Http;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The holder's page after a real LTI launch: their own certificates only, the signed PDF, and
 * the choice of showing the detailed levels to verifiers.
 */
@CertificationToolTest
class ShowHolderCertificatesTest {

    private static final String LEARNER = "http://purl.imsglobal.org/vocab/lis/v2/membership#Learner";

    @LocalServerPort
    int port;
    @Autowired
    ApplicationContext tool;
    @Autowired
    PlatformRegistrations registrations;
    @Autowired
    Members members;
    @Autowired
    JdbcClient jdbc;

    private TestPlatform platform;
    private LaunchFlow flow;

    @BeforeEach
    void platform() {
        platform = TestPlatform.registeredFor(registrations, members, "cert-holders");
        flow = new LaunchFlow(new Http(port), platform);
    }

    @AfterEach
    void close() {
        platform.close();
    }

    @Test
    void theHolderSeesDownloadsAndChoosesWhatVerifiersSee() throws Exception {
        LaunchFlow.Session student = launch("student-" + UUID.randomUUID());
        Certificate certificate = issuedFor(student, "Lina Chevalier");

        HttpResponse<String> page = student.get("/app/certificates");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("<h1>Mes certificats</h1>", certificate.code().grouped(),
                "Masqués aux vérificateurs");

        HttpResponse<byte[]> pdf = bytes(student, "/app/certificates/" + certificate.id() + ".pdf");
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/pdf");
        assertThat(new String(pdf.body(), 0, 8, java.nio.charset.StandardCharsets.US_ASCII)).startsWith("%PDF-");

        BrowserSession verifier = new BrowserSession(port).from("192.0.2." + (1 + new java.util.Random().nextInt(250)));
        assertThat(verifier.get("/verify/" + certificate.code().value()).body()).doesNotContain("Niveau par compétence");
        HttpResponse<String> shown = student.post("/app/certificates/" + certificate.id() + "/details", page.body(),
                Map.of("shown", List.of("true")));
        assertThat(shown.statusCode()).isEqualTo(302);
        assertThat(verifier.get("/verify/" + certificate.code().value()).body())
                .contains("Niveau par compétence", "1.1");
        assertThat(verifier.get("/verify/" + certificate.code().value() + ".json").body()).contains("\"competencies\"");
        assertThat(jdbc.sql("SELECT action FROM certification_audit WHERE subject_id = :c ORDER BY seq")
                .param("c", certificate.candidateId()).query(String.class).list())
                .containsExactly("certificate.issued", "certificate.details-shown");
        assertThat(tool.getBean(VerifyAuditTrail.class).verify().intact()).isTrue();
    }

    @Test
    void anotherStudentCanNeitherSeeNorDownloadNorChangeIt() {
        LaunchFlow.Session owner = launch("owner-" + UUID.randomUUID());
        Certificate certificate = issuedFor(owner, "Maël Fabre");
        LaunchFlow.Session other = launch("other-" + UUID.randomUUID());
        assertThat(other.get("/app/certificates").body()).contains("pas encore de certificat");
        Certificate own = issuedFor(other, "Yanis Perrin");

        HttpResponse<String> page = other.get("/app/certificates");
        assertThat(page.body()).contains(own.code().grouped()).doesNotContain(certificate.code().grouped());
        assertThat(bytes(other, "/app/certificates/" + certificate.id() + ".pdf").statusCode()).isEqualTo(404);
        assertThat(other.post("/app/certificates/" + certificate.id() + "/details", page.body(),
                Map.of("shown", List.of("true"))).statusCode()).isEqualTo(404);
        assertThat(new Http(port).get("/app/certificates").statusCode()).isEqualTo(401);
    }

    private LaunchFlow.Session launch(String sub) {
        String cookie = flow.launchResourceLink(sub, LEARNER, Map.of("id", "c1", "label", "FLE", "title", "Français"),
                Map.of("id", "certif-link", "title", "Certificat"), Map.of());
        return flow.session(cookie);
    }

    private Certificate issuedFor(LaunchFlow.Session session, String name) {
        record User(UUID id, UUID member) {
        }
        User user = jdbc.sql("""
                SELECT id, member_id FROM lti_user WHERE issuer = :issuer ORDER BY last_launch_at DESC LIMIT 1""")
                .param("issuer", platform.issuer())
                .query((rs, row) -> new User(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class))).single();
        return new IssuedCertificates(tool).issued(user.member(), user.id(), name);
    }

    private HttpResponse<byte[]> bytes(LaunchFlow.Session session, String path) {
        try {
            return java.net.http.HttpClient.newHttpClient().send(HttpRequest.newBuilder(new Http(port).uri(path))
                    .header("Cookie", session.cookie()).GET().build(),
                    HttpResponse.BodyHandlers.ofByteArray());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
