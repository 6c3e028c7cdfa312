package fr.plume.tool.lti.infra;

import fr.plume.tool.lti.domain.ToolKeyCipher;
import fr.plume.tool.shared.domain.DeploymentSecret;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The tool's private keys are encrypted under a key derived from the deployment secret. */
@Configuration(proxyBeanMethods = false)
class ToolSecret {

    @Bean
    ToolKeyCipher toolKeyCipher(DeploymentSecret secret) {
        return new ToolKeyCipher(secret.value());
    }
}
