package fr.plume.tool.lti.infra;

import org.springframework.boot.session.autoconfigure.DefaultCookieSerializerCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The tool runs inside Moodle's iframe, a third-party context: the session cookie is
 * {@code SameSite=None; Secure} (application.yaml) and also {@code Partitioned} (CHIPS), so
 * browsers that phase out third-party cookies still keep it, partitioned per embedding site.
 */
@Configuration(proxyBeanMethods = false)
class IframeSessionCookie {

    @Bean
    DefaultCookieSerializerCustomizer partitionedSessionCookie() {
        return serializer -> {
            serializer.setPartitioned(true);
            serializer.setSameSite("None");
            serializer.setUseSecureCookie(true);
        };
    }
}
