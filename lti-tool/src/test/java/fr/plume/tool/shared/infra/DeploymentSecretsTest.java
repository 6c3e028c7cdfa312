package fr.plume.tool.shared.infra;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.plume.tool.shared.domain.DeploymentSecret;
import fr.plume.tool.shared.domain.StartupRefused;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.mock.env.MockEnvironment;

class DeploymentSecretsTest {

    private final DeploymentSecrets secrets = new DeploymentSecrets();

    @TempDir
    Path dir;

    @Test
    void theConfiguredSecretWinsEvenInTheDemo() {
        DeploymentSecret secret = secrets.deploymentSecret("a-configured-secret-key", dir.resolve("secret-key").toString(),
                environment("demo"));

        assertThat(secret.value()).isEqualTo("a-configured-secret-key");
        assertThat(dir.resolve("secret-key")).doesNotExist();
        assertThat(secret.toString()).doesNotContain("a-configured-secret-key");
    }

    @Test
    void theDemoGeneratesOneSecretAndKeepsIt() throws Exception {
        String file = dir.resolve("demo/secret-key").toString();

        DeploymentSecret first = secrets.deploymentSecret("", file, environment("demo"));
        DeploymentSecret second = secrets.deploymentSecret("", file, environment("demo"));

        assertThat(first.value()).hasSizeGreaterThanOrEqualTo(DeploymentSecrets.MINIMUM_LENGTH)
                .isEqualTo(second.value()).isEqualTo(Files.readString(Path.of(file)));
    }

    @Test
    void outsideTheDemoAMissingSecretRefusesTheStartAndNamesTheVariable() {
        assertThatThrownBy(() -> secrets.deploymentSecret(" ", dir.resolve("secret-key").toString(), environment()))
                .isInstanceOf(StartupRefused.class).hasMessageContaining("PLUME_SECRET_KEY")
                .satisfies(e -> assertThat(((StartupRefused) e).action()).contains("PLUME_SECRET_KEY"));
        assertThat(dir.resolve("secret-key")).doesNotExist();
    }

    @Test
    void aTooShortSecretRefusesTheStart() {
        assertThatThrownBy(() -> secrets.deploymentSecret("short", dir.resolve("secret-key").toString(), environment()))
                .isInstanceOf(StartupRefused.class).hasMessageContaining("PLUME_SECRET_KEY");
    }

    private static MockEnvironment environment(String... profiles) {
        MockEnvironment environment = new MockEnvironment();
        environment.setActiveProfiles(profiles);
        return environment;
    }
}
