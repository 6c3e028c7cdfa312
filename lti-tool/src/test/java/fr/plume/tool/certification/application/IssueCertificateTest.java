package fr.plume.tool.certification.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doCallRealMethod;
import static org.mockito.Mockito.doThrow;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.SignedJWT;
import fr.plume.framework.model.Competency;
import fr.plume.tool.certification.CertificationToolTest;
import fr.plume.tool.certification.IssuedCertificates;
import fr.plume.tool.certification.api.CandidateCertified;
import fr.plume.tool.certification.domain.Certificate;
import fr.plume.tool.certification.domain.CertificatePdf;
import fr.plume.tool.certification.domain.Certificates;
import fr.plume.tool.certification.domain.StatusBitstring;
import fr.plume.tool.support.Http;
import fr.plume.tool.support.MovableClock;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;

/**
 * Issuing from the publication event: once per candidate, durable across failures, and the
 * Open Badges credential verified as any verifier would, with the tool's JWKS and status list
 * fetched over real HTTP.
 */
@CertificationToolTest
@SuppressWarnings("unchecked")
class IssueCertificateTest {

    @LocalServerPort
    int port;
    @Autowired
    ApplicationContext tool;
    @Autowired
    Certificates certificates;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MovableClock clock;
    @MockitoSpyBean
    CertificatePdf pdf;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void issuesOneCertificatePerCandidateEvenWhenPublishedTwice() {
        IssuedCertificates issued = new IssuedCertificates(tool);
        CandidateCertified event = issued.publish("Camille Martin");
        issued.publish(event);

        issued.drain();

        assertThat(jdbc.sql("SELECT count(*) FROM certification_certificate WHERE candidate_id = :c")
                .param("c", event.candidateId()).query(Integer.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("SELECT count(*) FROM certification_issue_request WHERE candidate_id = :c")
                .param("c", event.candidateId()).query(Integer.class).single()).isZero();
        assertThat(tool.getBean(IssueCertificate.class).issue(event).id())
                .isEqualTo(certificates.byCandidate(event.candidateId()).orElseThrow().id());
    }

    @Test
    void aFailedIssueStaysQueuedAndIsRetriedLater() {
        IssuedCertificates issued = new IssuedCertificates(tool);
        doThrow(new IllegalStateException("signing unavailable")).doCallRealMethod().when(pdf).signedPdf(any());
        CandidateCertified event = issued.publish("Alex Dupont");

        issued.drain();

        assertThat(certificates.byCandidate(event.candidateId())).isEmpty();
        assertThat(jdbc.sql("SELECT attempts FROM certification_issue_request WHERE candidate_id = :c")
                .param("c", event.candidateId()).query(Integer.class).single()).isEqualTo(1);

        clock.advance(Duration.ofMinutes(5));
        issued.drain();

        assertThat(certificates.byCandidate(event.candidateId())).isPresent();
        assertThat(jdbc.sql("SELECT count(*) FROM certification_issue_request WHERE candidate_id = :c")
                .param("c", event.candidateId()).query(Integer.class).single()).isZero();
    }

    @Test
    void theCredentialVerifiesWithTheToolsPublicKeysAndItsStatusBitIsClear() throws Exception {
        IssuedCertificates issued = new IssuedCertificates(tool);
        Certificate certificate = issued.issued("Dominique Bernard");
        SignedJWT credential = SignedJWT.parse(certificates.credentialOf(certificate.id()).orElseThrow());
        Http http = new Http(port);

        assertThat(verifiedWithToolJwks(http, credential)).isTrue();
        assertThat(credential.getHeader().getAlgorithm()).isEqualTo(JWSAlgorithm.RS256);
        assertThat(credential.getHeader().getType().getType()).isEqualTo("vc+jwt");
        Map<String, Object> vc = credential.getJWTClaimsSet().toJSONObject();
        assertThat((List<Object>) vc.get("type")).contains((Object) "VerifiableCredential", "OpenBadgeCredential");
        assertThat((List<Object>) vc.get("@context")).first().isEqualTo("https://www.w3.org/ns/credentials/v2");
        Map<?, ?> subject = (Map<?, ?>) vc.get("credentialSubject");
        List<?> alignment = (List<?>) ((Map<?, ?>) subject.get("achievement")).get("alignment");
        Competency first = issued.framework().framework().competencyByCode("1.1").orElseThrow();
        assertThat(alignment).anySatisfy(a -> {
            assertThat(((Map<?, ?>) a).get("targetUrl")).isEqualTo("urn:uuid:" + first.idnumber());
            assertThat(((Map<?, ?>) a).get("targetType")).isEqualTo("CFItem");
        });

        Map<?, ?> status = (Map<?, ?>) vc.get("credentialStatus");
        assertThat(status.get("type")).isEqualTo("BitstringStatusListEntry");
        assertThat(status.get("statusPurpose")).isEqualTo("revocation");
        int index = Integer.parseInt((String) status.get("statusListIndex"));
        SignedJWT list = fetchedStatusList(http, (String) status.get("statusListCredential"));
        assertThat(verifiedWithToolJwks(http, list)).isTrue();
        Map<?, ?> listSubject = (Map<?, ?>) list.getJWTClaimsSet().toJSONObject().get("credentialSubject");
        assertThat(listSubject.get("type")).isEqualTo("BitstringStatusList");
        StatusBitstring bits = StatusBitstring.decode((String) listSubject.get("encodedList"));
        assertThat(bits.size()).isGreaterThanOrEqualTo(131_072);
        assertThat(bits.isSet(index)).isFalse();
    }

    @Test
    void aVerifierPageOnAnotherSiteMayReadTheKeysTheStatusListAndTheVerificationWithoutCookies() throws Exception {
        Certificate certificate = new IssuedCertificates(tool).issued("Noa Girard");
        SignedJWT credential = SignedJWT.parse(certificates.credentialOf(certificate.id()).orElseThrow());
        String statusList = (String) ((Map<?, ?>) credential.getJWTClaimsSet().toJSONObject().get("credentialStatus"))
                .get("statusListCredential");
        Http http = new Http(port);
        String origin = "https://recrutement.example.org";

        for (String path : List.of("/.well-known/jwks.json", java.net.URI.create(statusList).getPath(),
                "/verify/" + certificate.code().value() + ".json")) {
            HttpResponse<String> response = http.get(path, "Origin", origin);
            assertThat(response.statusCode()).as(path).isEqualTo(200);
            assertThat(response.headers().firstValue("Access-Control-Allow-Origin")).as(path).contains("*");
            assertThat(response.headers().firstValue("Access-Control-Allow-Credentials")).as(path).isEmpty();
        }
        assertThat(http.get("/verify/" + certificate.code().value(), "Origin", origin).headers()
                .firstValue("Access-Control-Allow-Origin")).as("the page is for people").isEmpty();
    }

    @Test
    void thePdfCarriesTheSameSignedCredential() throws Exception {
        Certificate certificate = new IssuedCertificates(tool).issued("Sacha Petit");
        byte[] file = certificates.pdfOfHolder(certificate.memberId(), certificate.userId(), certificate.id())
                .orElseThrow();

        try (PDDocument document = Loader.loadPDF(file)) {
            byte[] attached = document.getDocumentCatalog().getNames().getEmbeddedFiles().getNames()
                    .get("open-badge-credential.jwt").getEmbeddedFile().toByteArray();
            assertThat(new String(attached, java.nio.charset.StandardCharsets.US_ASCII))
                    .isEqualTo(certificates.credentialOf(certificate.id()).orElseThrow());
            assertThat(new org.apache.pdfbox.text.PDFTextStripper().getText(document))
                    .contains(certificate.code().grouped());
        }
    }

    @Test
    void statusIndexesAreSpreadAtRandomNotInIssueOrder() {
        IssuedCertificates issued = new IssuedCertificates(tool);
        List<Integer> indexes = java.util.stream.IntStream.range(0, 6)
                .mapToObj(i -> issued.issued("Holder " + i).statusSlot().index()).toList();

        assertThat(indexes).doesNotHaveDuplicates();
        assertThat(indexes).isNotEqualTo(indexes.stream().sorted().toList());
    }

    static boolean verifiedWithToolJwks(Http http, SignedJWT jwt) throws Exception {
        HttpResponse<String> jwks = http.get("/.well-known/jwks.json");
        assertThat(jwks.statusCode()).isEqualTo(200);
        RSAKey key = (RSAKey) JWKSet.parse(jwks.body()).getKeyByKeyId(jwt.getHeader().getKeyID());
        return key != null && jwt.verify(new RSASSAVerifier(key));
    }

    /** The status list at its URL: the tool's public address is the tests' fixed one, so only the path is kept. */
    static SignedJWT fetchedStatusList(Http http, String url) throws Exception {
        HttpResponse<String> response = http.get(java.net.URI.create(url).getPath());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/vc+jwt");
        return SignedJWT.parse(response.body());
    }
}
