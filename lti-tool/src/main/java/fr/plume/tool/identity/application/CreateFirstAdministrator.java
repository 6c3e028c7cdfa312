package fr.plume.tool.identity.application;

import fr.plume.tool.identity.domain.ToolAccount;
import fr.plume.tool.identity.domain.ToolAccounts;
import fr.plume.tool.identity.domain.ToolRole;
import java.util.Set;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Creates the first consortium administrator ({@code admin}) from {@code PLUME_ADMIN_PASSWORD}
 * (or the demo password in demo mode) when no administrator exists yet.
 */
@Component
class CreateFirstAdministrator {

    private static final Logger log = LoggerFactory.getLogger(CreateFirstAdministrator.class);

    private final ToolAccounts accounts;
    private final PasswordEncoder encoder;
    private final String adminPassword;
    private final String demoAdminPassword;

    CreateFirstAdministrator(ToolAccounts accounts, PasswordEncoder encoder,
            @Value("${plume.security.admin-password:}") String adminPassword,
            @Value("${plume.demo.admin-password:}") String demoAdminPassword) {
        this.accounts = accounts;
        this.encoder = encoder;
        this.adminPassword = adminPassword;
        this.demoAdminPassword = demoAdminPassword;
    }

    @EventListener(ApplicationReadyEvent.class)
    void createWhenMissing() {
        String password = !adminPassword.isBlank() ? adminPassword : demoAdminPassword;
        if (password.isBlank() || accounts.anyWithRole(ToolRole.CONSORTIUM_ADMIN)) {
            return;
        }
        accounts.insert(new ToolAccount(UUID.randomUUID(), "admin", encoder.encode(password),
                "Administration du consortium", null, Set.of(ToolRole.CONSORTIUM_ADMIN), true));
        log.info("event=account.first-admin-created");
    }
}
