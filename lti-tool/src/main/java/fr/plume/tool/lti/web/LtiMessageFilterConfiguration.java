package fr.plume.tool.lti.web;

import fr.plume.tool.lti.application.CompleteLaunch;
import fr.plume.tool.lti.application.LaunchMetrics;
import fr.plume.tool.lti.application.StartLogin;
import fr.plume.tool.shared.web.ContentSecurityPolicy;
import fr.plume.tool.shared.web.AdmissionRoute;
import fr.plume.tool.shared.web.RequestLimitsConfiguration;
import jakarta.servlet.DispatcherType;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Puts {@link LtiMessageFilter} first (right after the request size limits and the admission gate),
 * on its two addresses only.
 */
@Configuration(proxyBeanMethods = false)
class LtiMessageFilterConfiguration {

    @Bean
    FilterRegistrationBean<LtiMessageFilter> ltiMessageFilter(StartLogin startLogin, CompleteLaunch completeLaunch,
            LtiSession session, ContentSecurityPolicy csp, LaunchMetrics launches) {
        FilterRegistrationBean<LtiMessageFilter> registration = new FilterRegistrationBean<>(
                new LtiMessageFilter(startLogin, completeLaunch, session, csp, launches));
        registration.addUrlPatterns(LtiMessageFilter.LOGIN, LtiMessageFilter.LAUNCH);
        registration.setDispatcherTypes(DispatcherType.REQUEST);
        registration.setOrder(RequestLimitsConfiguration.ADMISSION_GATE_ORDER + 1);
        return registration;
    }

    /** A launch verifies a signed token and opens a session: the heaviest way in (see AdmissionGate). */
    @Bean
    AdmissionRoute launchAdmission() {
        return new AdmissionRoute("POST", LtiMessageFilter.LAUNCH);
    }
}
