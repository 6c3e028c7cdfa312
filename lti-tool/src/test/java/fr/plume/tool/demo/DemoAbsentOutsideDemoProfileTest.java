package fr.plume.tool.demo;

import static org.assertj.core.api.Assertions.assertThat;

import fr.plume.tool.support.Http;
import fr.plume.tool.support.PlumeIntegrationTest;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ConfigurableApplicationContext;

/** DESIGN §9: the demo platform is absent outside the demo profile. */
@PlumeIntegrationTest
class DemoAbsentOutsideDemoProfileTest {

    @Autowired
    ConfigurableApplicationContext context;

    @LocalServerPort
    int port;

    @Test
    void noDemoBeanExists() {
        String[] demoBeans = Arrays.stream(context.getBeanDefinitionNames())
                .filter(name -> {
                    String type = context.getBeanFactory().getBeanDefinition(name).getBeanClassName();
                    Class<?> actual = context.getType(name);
                    return (type != null && type.startsWith("fr.plume.tool.demo."))
                            || (actual != null && actual.getName().startsWith("fr.plume.tool.demo."));
                })
                .toArray(String[]::new);

        assertThat(context.getBeanDefinitionCount()).isGreaterThan(50);
        assertThat(demoBeans).isEmpty();
    }

    @Test
    void theDemoPlatformDoesNotAnswer() {
        Http http = new Http(port);

        assertThat(http.get("/demo/platform/jwks").statusCode()).isEqualTo(404);
        assertThat(http.get("/demo").statusCode()).isEqualTo(404);
    }
}
