package fr.plume.tool.shared.web;

import jakarta.servlet.DispatcherType;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.util.unit.DataSize;

/** Puts {@link OversizeRequestFilter} ahead of every other filter, with the server's own limits. */
@Configuration(proxyBeanMethods = false)
class RequestLimitsConfiguration {

    @Bean
    FilterRegistrationBean<OversizeRequestFilter> oversizeRequestFilter(
            @Value("${server.tomcat.max-http-form-post-size:2MB}") DataSize maxFormPost,
            @Value("${spring.servlet.multipart.max-request-size:10MB}") DataSize maxMultipart) {
        FilterRegistrationBean<OversizeRequestFilter> registration = new FilterRegistrationBean<>(
                new OversizeRequestFilter(maxFormPost.toBytes(), maxMultipart.toBytes()));
        registration.setDispatcherTypes(DispatcherType.REQUEST);
        // Before the LTI message filter, which reads the parameters of /lti/login and /lti/launch.
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }
}
