package fr.plume.tool.certification;

import fr.plume.tool.identity.domain.ToolRole;
import fr.plume.tool.identity.infra.JdbcToolAccounts;
import fr.plume.tool.itembank.application.ImportItems;
import fr.plume.tool.support.MovableClock;
import java.util.Set;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.context.ApplicationContext;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * What every certification session test starts from: the sample items in the bank, the national
 * officer's account ({@link CertificationFixtures#OFFICER}), and the tool's clock at the real time
 * again (before and after each test, as some tests move it).
 */
final class CertificationStage implements BeforeEachCallback, AfterEachCallback {

    @Override
    public void beforeEach(ExtensionContext context) throws Exception {
        ApplicationContext tool = SpringExtension.getApplicationContext(context);
        tool.getBean(ImportItems.class).importMatching("classpath*:samples/items/*.json");
        CertificationFixtures.ensureAccount(tool.getBean(JdbcToolAccounts.class), tool.getBean(PasswordEncoder.class),
                CertificationFixtures.OFFICER, Set.of(ToolRole.CERTIFICATION_OFFICER));
        tool.getBean(MovableClock.class).reset();
    }

    @Override
    public void afterEach(ExtensionContext context) {
        SpringExtension.getApplicationContext(context).getBean(MovableClock.class).reset();
    }
}
