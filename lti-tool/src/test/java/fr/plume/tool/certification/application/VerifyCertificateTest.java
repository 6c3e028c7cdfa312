package fr.plume.tool.certification.application;

import static org.assertj.core.api.Assertions.assertThat;

import fr.plume.tool.certification.CertificationToolTest;
import fr.plume.tool.certification.IssuedCertificates;
import fr.plume.tool.certification.domain.Certificate;
import fr.plume.tool.certification.domain.VerificationCode;
import fr.plume.tool.support.BrowserSession;
import fr.plume.tool.support.MovableClock;
import java.net.http.HttpResponse;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

/**
 * The public verification over real HTTP, as an employer does it: page and JSON, no sign-in,
 * every state, forged and guessed codes, typing mistakes, and the per-client rate. Each test
 * comes from its own client address (X-Forwarded-For through the trusted loopback proxy).
 */
@CertificationToolTest
class VerifyCertificateTest {

    @LocalServerPort
    int port;
    @Autowired
    ApplicationContext tool;
    @Autowired
    MovableClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void aValidCertificateShowsTheLevelAndABandWithoutSignIn() {
        Certificate certificate = new IssuedCertificates(tool).issued("Léa Fontaine");
        BrowserSession visitor = visitor();

        HttpResponse<String> page = visitor.get("/verify/" + certificate.code().grouped().toLowerCase());
        HttpResponse<String> json = visitor.get("/verify/" + certificate.code().value() + ".json");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("<html lang=\"fr\"", "<main", "Certificat valide", "Léa Fontaine", "Niveau 4",
                "entre 630 et 700").doesNotContain("667");
        assertThat(page.body()).contains("Le titulaire n’a pas choisi de rendre publics");
        assertThat(json.statusCode()).isEqualTo(200);
        assertThat(json.body()).contains("\"status\":\"valid\"", "\"level\":4", "\"low\":630")
                .doesNotContain("competencies", "667");
        assertThat(visitor.get("/verify/" + certificate.code().value() + "?lang=en").body())
                .contains("<html lang=\"en\"", "Valid certificate", "Level 4");
    }

    @Test
    void theQrLinkAndTheFormLeadToTheSameAnswer() {
        Certificate certificate = new IssuedCertificates(tool).issued("Noé Garnier");
        BrowserSession visitor = visitor();

        HttpResponse<String> typed = visitor.get("/verify?code=" + certificate.code().grouped());

        assertThat(typed.body()).contains("Certificat valide", "Noé Garnier");
        assertThat(visitor.get("/verify").body()).contains("<label for=\"code\"", "Vérifier un certificat");
    }

    @Test
    void anExpiredCertificateSaysSo() {
        Certificate certificate = new IssuedCertificates(tool).issued("Jules Morel");
        BrowserSession visitor = visitor();
        assertThat(visitor.get("/verify/" + certificate.code().value() + ".json").body()).contains("\"status\":\"valid\"");

        clock.advance(Duration.ofDays(2 * 366));

        assertThat(visitor.get("/verify/" + certificate.code().value() + ".json").body())
                .contains("\"status\":\"expired\"");
        assertThat(visitor.get("/verify/" + certificate.code().value()).body()).contains("Certificat expiré");
    }

    @Test
    void guessedAndForgedCodesGetTheSameUnknownAnswer() {
        Certificate certificate = new IssuedCertificates(tool).issued("Inès Roux");
        BrowserSession visitor = visitor();
        String guessed = VerificationCode.random(new SecureRandom()).value();
        String forged = forgedFrom(certificate.code());

        HttpResponse<String> guessedJson = visitor.get("/verify/" + guessed + ".json");
        HttpResponse<String> forgedJson = visitor.get("/verify/" + forged + ".json");
        HttpResponse<String> forgedPage = visitor.get("/verify/" + forged);

        assertThat(guessedJson.statusCode()).isEqualTo(forgedJson.statusCode()).isEqualTo(200);
        assertThat(guessedJson.body().replace(guessed, "CODE")).isEqualTo(forgedJson.body().replace(forged, "CODE"))
                .isEqualTo("{\"code\":\"CODE\",\"status\":\"unknown\"}");
        assertThat(forgedPage.body()).contains("Code inconnu").doesNotContain("Inès Roux");
    }

    @Test
    void aMistypedCodeIsToldApartFromAnUnknownOne() {
        Certificate certificate = new IssuedCertificates(tool).issued("Hugo Blanc");
        String value = certificate.code().value();
        String typo = IssuedCertificates.mistyped(value);
        BrowserSession visitor = visitor();

        HttpResponse<String> page = visitor.get("/verify/" + typo);
        HttpResponse<String> json = visitor.get("/verify/" + typo + ".json");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Code mal saisi", "aria-invalid=\"true\"").doesNotContain("Hugo Blanc");
        assertThat(json.statusCode()).isEqualTo(400);
        assertThat(json.body()).contains("CERT-CODE-TYPO");
        assertThat(visitor.get("/verify/not-a-code.json").body()).contains("CERT-CODE-MALFORMED");
    }

    @Test
    void theRateLimitHoldsPerClient() {
        String code = VerificationCode.random(new SecureRandom()).value();
        clock.advanceToNextWindow(Duration.ofMinutes(1));
        BrowserSession greedy = visitor();
        for (int i = 0; i < 30; i++) {
            assertThat(greedy.get("/verify/" + code + ".json").statusCode()).as("request %d", i + 1).isEqualTo(200);
        }

        HttpResponse<String> refused = greedy.get("/verify/" + code + ".json");
        HttpResponse<String> refusedPage = greedy.get("/verify/" + code);

        assertThat(refused.statusCode()).isEqualTo(429);
        assertThat(refused.body()).contains("CERT-VERIFY-RATE-LIMITED");
        assertThat(refusedPage.statusCode()).isEqualTo(429);
        assertThat(refusedPage.body()).contains("Trop de vérifications");
        assertThat(visitor().get("/verify/" + code + ".json").statusCode()).isEqualTo(200);
        clock.advance(Duration.ofMinutes(1));
        assertThat(greedy.get("/verify/" + code + ".json").statusCode()).isEqualTo(200);
    }

    @Test
    void anIpv6ClientRotatingThroughItsNetworkIsCountedAsOneClient() {
        String code = VerificationCode.random(new SecureRandom()).value();
        String network = "2001:db8:%x:%x:".formatted(ThreadLocalRandom.current().nextInt(0x10000),
                ThreadLocalRandom.current().nextInt(0x10000));
        clock.advanceToNextWindow(Duration.ofMinutes(1));
        for (int i = 0; i < 30; i++) {
            BrowserSession rotating = new BrowserSession(port).from(network + "0:0:0:" + Integer.toHexString(i + 1));
            assertThat(rotating.get("/verify/" + code + ".json").statusCode()).as("request %d", i + 1).isEqualTo(200);
        }

        assertThat(new BrowserSession(port).from(network + "ffff:1:2:3").get("/verify/" + code + ".json").statusCode())
                .isEqualTo(429);
        assertThat(new BrowserSession(port).from("2001:db8:ffff:ffff::1").get("/verify/" + code + ".json")
                .statusCode()).as("another network").isEqualTo(200);
    }

    private BrowserSession visitor() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return new BrowserSession(port).from("198.51." + random.nextInt(256) + "." + random.nextInt(1, 255));
    }

    /** A well-formed code with a correct check symbol, made from a real one: what a forger would try. */
    static String forgedFrom(VerificationCode real) {
        for (char c : "0123456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray()) {
            if (c == real.value().charAt(5)) {
                continue;
            }
            String data = real.value().substring(0, 5) + c + real.value().substring(6, 13);
            for (char check : "0123456789ABCDEFGHJKMNPQRSTVWXYZ*~$=U".toCharArray()) {
                VerificationCode.Parsed parsed = VerificationCode.parse(data + check);
                if (parsed.reading() == VerificationCode.Reading.VALID) {
                    return parsed.code().value();
                }
            }
        }
        throw new IllegalStateException("no forged code " + UUID.randomUUID());
    }
}
