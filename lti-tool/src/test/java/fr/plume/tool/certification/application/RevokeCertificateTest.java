package fr.plume.tool.certification.application;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jwt.SignedJWT;
import fr.plume.tool.certification.CertificationToolTest;
import fr.plume.tool.certification.IssuedCertificates;
import fr.plume.tool.certification.domain.Certificate;
import fr.plume.tool.certification.domain.Certificates;
import fr.plume.tool.certification.domain.StatusBitstring;
import fr.plume.tool.identity.domain.ToolRole;
import fr.plume.tool.support.BrowserSession;
import fr.plume.tool.support.ConsortiumAdmins;
import fr.plume.tool.support.Http;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * An officer revokes a certificate with a reason category: the verification page, the JSON and
 * the signed status list all say it at once; only officers and consortium administrators may.
 */
@CertificationToolTest
class RevokeCertificateTest {

    @RegisterExtension
    ConsortiumAdmins.Account officer = ConsortiumAdmins.account("revoking-officer", "officer-password-1",
            Set.of(ToolRole.CERTIFICATION_OFFICER));
    @RegisterExtension
    ConsortiumAdmins.Account admin = ConsortiumAdmins.account("revoking-admin", "admin-password-1");
    @RegisterExtension
    ConsortiumAdmins.Account author = ConsortiumAdmins.account("cert-author", "author-password-1",
            Set.of(ToolRole.AUTHOR));

    @LocalServerPort
    int port;
    @Autowired
    ApplicationContext tool;
    @Autowired
    Certificates certificates;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aRevokedCertificateIsRevokedEverywhereWithItsReason() throws Exception {
        Certificate certificate = new IssuedCertificates(tool).issued("Clara Lefèvre");
        BrowserSession browser = officer.signedIn();

        HttpResponse<String> revoked = revoke(browser, certificate, "FRAUD");

        assertThat(revoked.statusCode()).isEqualTo(302);
        assertThat(browser.follow(revoked).body()).contains("Le certificat a été révoqué.");
        BrowserSession verifier = new BrowserSession(port).from("203.0.113.7");
        assertThat(verifier.get("/verify/" + certificate.code().value()).body())
                .contains("Certificat révoqué", "Fraude établie", "Révoqué le");
        assertThat(verifier.get("/verify/" + certificate.code().value() + ".json").body())
                .contains("\"status\":\"revoked\"", "\"revocationReason\":\"FRAUD\"", "\"revokedAt\"");
        SignedJWT list = IssueCertificateTest.fetchedStatusList(new Http(port),
                "http://x/verify/status-lists/" + certificate.statusSlot().listId());
        assertThat(IssueCertificateTest.verifiedWithToolJwks(new Http(port), list)).isTrue();
        String encoded = (String) ((Map<?, ?>) list.getJWTClaimsSet().getClaim("credentialSubject")).get("encodedList");
        assertThat(StatusBitstring.decode(encoded).isSet(certificate.statusSlot().index())).isTrue();
        assertThat(jdbc.sql("SELECT revoked_by FROM certification_certificate WHERE id = :id")
                .param("id", certificate.id()).query(String.class).single()).isEqualTo("revoking-officer");
    }

    @Test
    void issueRevocationAndRegisterExportAreInTheAuditChainWhichStillVerifies() {
        Certificate certificate = new IssuedCertificates(tool).issued("Inès Roux");
        BrowserSession browser = officer.signedIn();
        long before = jdbc.sql("SELECT coalesce(max(seq), 0) FROM certification_audit").query(Long.class).single();

        assertThat(revoke(browser, certificate, "FRAUD").statusCode()).isEqualTo(302);
        assertThat(browser.getBytes("/certif/certificates/register.xlsx").statusCode()).isEqualTo(200);

        assertThat(auditOf(certificate)).containsExactly(
                "certificate-issuer|certificate.issued|certificate=" + certificate.id() + " level=" + certificate.level(),
                "revoking-officer|certificate.revoked|certificate=" + certificate.id() + " reason=FRAUD noteLength=10");
        assertThat(jdbc.sql("SELECT actor FROM certification_audit WHERE action = 'certificate.register-exported'"
                + " AND seq > :before").param("before", before).query(String.class).list()).containsExactly("revoking-officer");
        assertThat(jdbc.sql("SELECT count(*) FROM certification_audit WHERE details LIKE '%dossier%'")
                .query(Long.class).single()).as("the note stays out of the log").isZero();
        assertThat(tool.getBean(VerifyAuditTrail.class).verify().intact()).isTrue();
        String audit = browser.get("/certif/audit").body();
        assertThat(audit).contains("certificate.revoked");
        assertThat(browser.postForm("/certif/audit/verify", Map.of("_csrf", BrowserSession.csrfToken(audit))).body())
                .contains("data-audit=\"intact\"");
    }

    private java.util.List<String> auditOf(Certificate certificate) {
        return jdbc.sql("SELECT actor || '|' || action || '|' || details FROM certification_audit"
                + " WHERE subject_id = :c ORDER BY seq").param("c", certificate.candidateId()).query(String.class).list();
    }

    @Test
    void revokingTwiceChangesNothing() {
        Certificate certificate = new IssuedCertificates(tool).issued("Paul Mercier");
        BrowserSession browser = admin.signedIn();
        String csrf = BrowserSession.csrfToken(browser.get("/certif/certificates").body());
        revoke(browser, certificate, "RESULT_ERROR");

        HttpResponse<String> again = browser.postForm("/certif/certificates/" + certificate.id() + "/revoke",
                Map.of("_csrf", csrf, "reason", "OTHER"));

        assertThat(again.statusCode()).isEqualTo(409);
        assertThat(certificates.byId(certificate.id()).orElseThrow().revocation().reason().name())
                .isEqualTo("RESULT_ERROR");
    }

    @Test
    void onlyOfficersAndAdministratorsReachTheCertificatePages() {
        Certificate certificate = new IssuedCertificates(tool).issued("Rose Girard");
        BrowserSession anonymous = new BrowserSession(port);
        BrowserSession authorBrowser = author.signedIn();

        for (String path : new String[] {"/certif/certificates", "/certif/certificates/register.xlsx"}) {
            HttpResponse<String> noOne = anonymous.get(path);
            assertThat(noOne.statusCode()).as(path).isEqualTo(302);
            assertThat(noOne.headers().firstValue("Location").orElseThrow()).as(path).endsWith("/login");
            assertThat(authorBrowser.get(path).statusCode()).as(path).isEqualTo(403);
            assertThat(officer.signedIn().getBytes(path).statusCode()).as(path).isEqualTo(200);
            assertThat(admin.signedIn().getBytes(path).statusCode()).as(path).isEqualTo(200);
        }
        String csrf = BrowserSession.csrfToken(authorBrowser.get("/login").body());
        assertThat(authorBrowser.postForm("/certif/certificates/" + certificate.id() + "/revoke",
                Map.of("_csrf", csrf, "reason", "FRAUD")).statusCode()).isEqualTo(403);
        assertThat(anonymous.postForm("/certif/certificates/" + certificate.id() + "/revoke",
                Map.of("reason", "FRAUD")).statusCode()).isIn(302, 403);
        assertThat(certificates.byId(certificate.id()).orElseThrow().revocation()).isNull();
    }

    private static HttpResponse<String> revoke(BrowserSession browser, Certificate certificate, String reason) {
        String page = browser.get("/certif/certificates").body();
        assertThat(page).contains(certificate.code().grouped());
        return browser.postForm("/certif/certificates/" + certificate.id() + "/revoke",
                Map.of("_csrf", BrowserSession.csrfToken(page), "reason", reason, "note", "dossier 42"));
    }
}
