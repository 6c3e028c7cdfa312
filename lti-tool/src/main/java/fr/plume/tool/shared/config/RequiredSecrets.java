package fr.plume.tool.shared.config;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Outside the demo profile the tool refuses to start without its secrets and says which are
 * missing (DESIGN §12), rather than running with a guessable key.
 */
@Component
class RequiredSecrets implements InitializingBean {

    private final Environment environment;
    private final String secretKey;

    RequiredSecrets(Environment environment, @Value("${plume.security.secret-key:}") String secretKey) {
        this.environment = environment;
        this.secretKey = secretKey;
    }

    @Override
    public void afterPropertiesSet() {
        if (Arrays.asList(environment.getActiveProfiles()).contains("demo")) {
            return;
        }
        List<String> missing = new ArrayList<>();
        if (secretKey.isBlank()) {
            missing.add("PLUME_SECRET_KEY (clé de chiffrement des clés privées / key encrypting private keys)");
        }
        if (!missing.isEmpty()) {
            throw new IllegalStateException("Configuration incomplète, secrets manquants / missing secrets: "
                    + String.join(", ", missing));
        }
    }
}
