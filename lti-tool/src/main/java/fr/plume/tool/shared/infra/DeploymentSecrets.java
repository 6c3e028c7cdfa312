package fr.plume.tool.shared.infra;

import fr.plume.tool.shared.domain.DeploymentSecret;
import fr.plume.tool.shared.domain.StartupRefused;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * Where the {@link DeploymentSecret} comes from: {@code PLUME_SECRET_KEY} when set; otherwise, in
 * the demo profile only, a random secret generated on the first start and kept in a file next to
 * the embedded database, so restarts still open what earlier runs encrypted. Outside the demo the
 * tool refuses to start without it and says so (DESIGN §12) rather than run with a guessable key.
 */
@Configuration(proxyBeanMethods = false)
class DeploymentSecrets {

    /** What the HKDF of {@code SecretBox} is given at least. */
    static final int MINIMUM_LENGTH = 16;
    private static final Logger log = LoggerFactory.getLogger(DeploymentSecrets.class);

    @Bean
    DeploymentSecret deploymentSecret(@Value("${plume.security.secret-key:}") String configured,
            @Value("${plume.security.demo-secret-file:.plume/secret-key}") String demoSecretFile,
            Environment environment) {
        if (!configured.isBlank()) {
            if (configured.length() < MINIMUM_LENGTH) {
                throw new StartupRefused("PLUME_SECRET_KEY est trop courte / is too short (" + configured.length()
                        + " < " + MINIMUM_LENGTH + ").", "Donnez au moins " + MINIMUM_LENGTH
                        + " caractères aléatoires / give at least " + MINIMUM_LENGTH + " random characters.");
            }
            return new DeploymentSecret(configured);
        }
        if (environment.matchesProfiles("demo")) {
            return new DeploymentSecret(generatedOnce(Path.of(demoSecretFile)));
        }
        throw new StartupRefused("Configuration incomplète, secret manquant / missing secret: PLUME_SECRET_KEY "
                + "(clé qui chiffre les clés privées et les jetons Moodle / key encrypting private keys and Moodle tokens).",
                "Définissez PLUME_SECRET_KEY (32 caractères aléatoires ou plus), ou démarrez en mode démonstration / "
                        + "set PLUME_SECRET_KEY (32 random characters or more), or start in demo mode "
                        + "(--spring.profiles.active=demo).");
    }

    static String generatedOnce(Path file) {
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
            log.info("event=demo-secret.generated file={}", file.getFileName());
            return secret;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read or create the demo secret key file", e);
        }
    }
}
