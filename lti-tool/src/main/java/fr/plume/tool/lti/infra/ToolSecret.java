package fr.plume.tool.lti.infra;

import fr.plume.tool.lti.domain.ToolKeyCipher;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * The secret that encrypts the tool's private keys: {@code plume.security.secret-key}
 * (PLUME_SECRET_KEY). In the demo profile only, a missing secret is generated once and kept in a
 * file next to the embedded database, so restarts can still read the keys they encrypted.
 */
@Configuration(proxyBeanMethods = false)
class ToolSecret {

    private static final Logger log = LoggerFactory.getLogger(ToolSecret.class);

    @Bean
    LtiSecret ltiSecret(@Value("${plume.security.secret-key:}") String secret, Environment environment,
            LtiProperties properties) {
        if (!secret.isBlank()) {
            return new LtiSecret(secret);
        }
        if (!Arrays.asList(environment.getActiveProfiles()).contains("demo")) {
            throw new IllegalStateException("PLUME_SECRET_KEY is required to encrypt the tool's private keys");
        }
        return new LtiSecret(demoSecret(Path.of(properties.demoSecretFile())));
    }

    @Bean
    ToolKeyCipher toolKeyCipher(LtiSecret secret) {
        return new ToolKeyCipher(secret.value());
    }

    static String demoSecret(Path file) {
        try {
            if (Files.exists(file)) {
                return Files.readString(file, StandardCharsets.US_ASCII).strip();
            }
            if (file.toAbsolutePath().getParent() != null) {
                Files.createDirectories(file.toAbsolutePath().getParent());
            }
            byte[] random = new byte[32];
            new SecureRandom().nextBytes(random);
            String secret = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
            Files.writeString(file, secret, StandardCharsets.US_ASCII);
            try {
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException e) {
                // Not a POSIX file system: the file keeps the platform's default permissions.
            }
            log.info("event=lti.demo-secret.generated file={}", file.getFileName());
            return secret;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read or create the demo secret key file", e);
        }
    }
}
