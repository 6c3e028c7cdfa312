package fr.plume.tool.lti.infra;

import fr.plume.tool.lti.ags.domain.AgsSettings;
import fr.plume.tool.lti.domain.LtiSettings;
import fr.plume.tool.lti.domain.PlatformUrls;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * Binds the settings of the LTI module ({@code plume.lti.*}, {@code plume.ags.*}) to its plain
 * settings records, which the domain and the use cases read without depending on Spring.
 */
@Configuration(proxyBeanMethods = false)
class LtiConfiguration {

    @Bean
    LtiSettings ltiSettings(Environment environment) {
        return Binder.get(environment).bindOrCreate("plume.lti", LtiSettings.class);
    }

    @Bean
    AgsSettings agsSettings(Environment environment) {
        return Binder.get(environment).bindOrCreate("plume.ags", AgsSettings.class);
    }

    @Bean
    PlatformUrls platformUrls(@Value("${plume.lti.allow-http-platforms:false}") boolean allowHttp) {
        return new PlatformUrls(allowHttp);
    }
}
