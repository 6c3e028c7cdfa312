package fr.plume.tool.certification.web;

import fr.plume.tool.certification.application.VerifyAuditTrail;
import fr.plume.tool.certification.domain.AuditChain;
import java.io.PrintStream;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.stereotype.Component;

/**
 * The operators' command that verifies the certification audit log:
 * {@code java -jar lti-tool.jar --plume.certification.verify-audit=true}. The tool starts on its
 * database, checks the whole hash chain, prints the result, and exits with 0 (intact) or 3 (broken,
 * naming the first broken row), so a scheduler or a monitoring probe can run it.
 */
@Component
@ConditionalOnProperty(name = "plume.certification.verify-audit", havingValue = "true")
public class AuditVerificationCommand implements ApplicationRunner {

    public static final int BROKEN = 3;

    private final VerifyAuditTrail verify;
    private final ConfigurableApplicationContext context;

    public AuditVerificationCommand(VerifyAuditTrail verify, ConfigurableApplicationContext context) {
        this.verify = verify;
        this.context = context;
    }

    @Override
    public void run(ApplicationArguments args) {
        int code = report(System.out);
        System.exit(SpringApplication.exit(context, () -> code));
    }

    /** Verifies and prints one line; returns the exit code. */
    public int report(PrintStream out) {
        AuditChain.Verification result = verify.verify();
        if (result.intact()) {
            out.println("certification audit log: intact, " + result.checked() + " rows verified");
            return 0;
        }
        AuditChain.Broken broken = result.firstBroken().orElseThrow();
        out.println("certification audit log: BROKEN at row " + broken.seq() + " (" + broken.problem() + ")");
        return BROKEN;
    }
}
