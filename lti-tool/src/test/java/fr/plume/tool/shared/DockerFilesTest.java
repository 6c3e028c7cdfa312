package fr.plume.tool.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** No Docker engine runs here, so the Docker files are kept in step with the build by reading them. */
class DockerFilesTest {

    private static final Path ROOT = Path.of("..");

    @Test
    void imageCopiesTheJarTheBuildMakes() throws IOException {
        String pom = Files.readString(ROOT.resolve("lti-tool/pom.xml"));
        Matcher finalName = Pattern.compile("<finalName>([^<]+)</finalName>").matcher(pom);
        assertThat(finalName.find()).isTrue();

        String dockerfile = Files.readString(ROOT.resolve("docker/Dockerfile"));
        assertThat(dockerfile).contains("COPY --from=build /src/lti-tool/target/" + finalName.group(1) + ".jar");
        assertThat(dockerfile).contains("USER plume").contains("eclipse-temurin:17-jre");
    }

    @Test
    void composePassesEveryDatabaseAndSecretVariableTheToolReads() throws IOException {
        String compose = Files.readString(ROOT.resolve("docker/compose.yaml"));
        String config = Files.readString(ROOT.resolve("lti-tool/src/main/resources/application.yaml"));

        for (String variable : new String[] {"PLUME_DB_URL", "PLUME_DB_USER", "PLUME_DB_PASSWORD",
                "PLUME_SECRET_KEY", "PLUME_PUBLIC_URL", "PLUME_ADMIN_PASSWORD"}) {
            assertThat(config).as("application.yaml reads %s", variable).contains("${" + variable);
            assertThat(compose).as("compose.yaml sets %s", variable).contains(variable + ":");
        }
        assertThat(compose).contains("dockerfile: docker/Dockerfile").contains("8080:8080");
    }
}
