package fr.plume.tool.certification;

import static fr.plume.tool.certification.CertificationFixtures.OFFICER;
import static fr.plume.tool.certification.CertificationFixtures.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.plume.tool.certification.application.VerifyAuditTrail;
import fr.plume.tool.certification.web.AuditVerificationCommand;
import fr.plume.tool.certification.domain.AuditChain;
import fr.plume.tool.identity.api.Members;
import fr.plume.tool.identity.domain.ToolRole;
import fr.plume.tool.identity.infra.JdbcToolAccounts;
import fr.plume.tool.support.BrowserSession;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The audit log cannot be changed by the tool's own connections, and a change made around that
 * (a database owner disabling the trigger) is found: the officer's page and the operators' command
 * name the first broken row. The test restores the row it altered, so the shared log stays intact.
 */
@CertificationIntegrationTest
class AuditChainTamperingTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    JdbcToolAccounts accounts;
    @Autowired
    PasswordEncoder encoder;
    @Autowired
    VerifyAuditTrail verify;
    @Autowired
    Members members;
    @Autowired
    org.springframework.context.ConfigurableApplicationContext context;

    @Test
    void theToolCannotUpdateOrDeleteAuditRows() {
        BrowserSession officer = officer();
        CertificationFixtures.openCentre(officer, jdbc, anyMember(), "Audit " + UUID.randomUUID());
        assertThatThrownBy(() -> jdbc.sql("UPDATE certification_audit SET actor = 'x'").update())
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("DELETE FROM certification_audit").update())
                .hasMessageContaining("append-only");
    }

    @Test
    void aChangedRowIsNamedByThePageAndByTheCommand() {
        BrowserSession officer = officer();
        CertificationFixtures.openCentre(officer, jdbc, anyMember(), "Audit " + UUID.randomUUID());
        CertificationFixtures.openCentre(officer, jdbc, anyMember(), "Audit " + UUID.randomUUID());
        String page = officer.get("/certif/audit").body();
        assertThat(officer.postForm("/certif/audit/verify", Map.of("_csrf", BrowserSession.csrfToken(page))).body())
                .contains("data-audit=\"intact\"").contains("Chaîne intacte");

        long seq = jdbc.sql("SELECT max(seq) - 1 FROM certification_audit").query(Long.class).single();
        String details = jdbc.sql("SELECT details FROM certification_audit WHERE seq = :s").param("s", seq)
                .query(String.class).single();
        try {
            tamper("UPDATE certification_audit SET details = 'name=falsified' WHERE seq = " + seq);

            String broken = officer.postForm("/certif/audit/verify", Map.of("_csrf", BrowserSession.csrfToken(page)))
                    .body();
            assertThat(broken).contains("data-audit=\"broken\"")
                    .contains("Chaîne rompue à la ligne " + seq + " : son contenu a été modifié");
            AuditChain.Verification verification = verify.verify();
            assertThat(verification.firstBroken()).hasValue(new AuditChain.Broken(seq, "CONTENT_CHANGED"));
            java.io.ByteArrayOutputStream printed = new java.io.ByteArrayOutputStream();
            int exit = new AuditVerificationCommand(verify, context).report(new java.io.PrintStream(printed, true,
                    java.nio.charset.StandardCharsets.UTF_8));
            assertThat(exit).isEqualTo(AuditVerificationCommand.BROKEN);
            assertThat(printed.toString(java.nio.charset.StandardCharsets.UTF_8))
                    .contains("BROKEN at row " + seq + " (CONTENT_CHANGED)");
        } finally {
            String original = details.replace("'", "''");
            tamper("UPDATE certification_audit SET details = '" + original + "' WHERE seq = " + seq);
        }
        assertThat(verify.verify().intact()).isTrue();
        assertThat(new AuditVerificationCommand(verify, context).report(new java.io.PrintStream(
                java.io.OutputStream.nullOutputStream()))).as("the command's exit code once intact").isZero();
    }

    /** As a database owner would: around the append-only trigger, in one transaction. */
    private void tamper(String sql) {
        transactions.executeWithoutResult(status -> {
            jdbc.sql("SET LOCAL session_replication_role = replica").update();
            jdbc.sql(sql).update();
        });
    }

    private UUID anyMember() {
        return members.ensure("univ-audit", "Université de l’audit").id();
    }

    private BrowserSession officer() {
        CertificationFixtures.ensureAccount(accounts, encoder, OFFICER, Set.of(ToolRole.CERTIFICATION_OFFICER));
        BrowserSession browser = new BrowserSession(port);
        browser.signIn(OFFICER, PASSWORD);
        return browser;
    }
}
