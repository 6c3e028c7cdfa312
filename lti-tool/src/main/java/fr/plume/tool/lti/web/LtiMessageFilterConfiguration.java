package fr.plume.tool.lti.web;

import fr.plume.tool.lti.application.CompleteLaunch;
import fr.plume.tool.lti.application.LaunchMetrics;
import fr.plume.tool.lti.application.StartLogin;
import fr.plume.tool.shared.web.ContentSecurityPolicy;
import jakarta.servlet.DispatcherType;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/** Puts {@link LtiMessageFilter} first (right after the request size limits), on its two addresses only. */
@Configuration(proxyBeanMethods = false)
class LtiMessageFilterConfiguration {

    @Bean
    FilterRegistrationBean<LtiMessageFilter> ltiMessageFilter(StartLogin startLogin, CompleteLaunch completeLaunch,
            LtiSession session, ContentSecurityPolicy csp, LaunchMetrics launches) {
        FilterRegistrationBean<LtiMessageFilter> registration = new FilterRegistrationBean<>(
                new LtiMessageFilter(startLogin, completeLaunch, session, csp, launches));
        registration.addUrlPatterns(LtiMessageFilter.LOGIN, LtiMessageFilter.LAUNCH);
        registration.setDispatcherTypes(DispatcherType.REQUEST);
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
        return registration;
    }
}
