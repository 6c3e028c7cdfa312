package fr.plume.tool.shared.web;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.servlet.DispatcherType;
import java.time.Duration;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.util.unit.DataSize;

/**
 * Puts {@link OversizeRequestFilter} ahead of every other filter, with the server's own limits,
 * then {@link AdmissionGate}, before the LTI filter that processes launches.
 */
@Configuration(proxyBeanMethods = false)
public class RequestLimitsConfiguration {

    /** The gate's place among the servlet filters: right after the size check. */
    public static final int ADMISSION_GATE_ORDER = Ordered.HIGHEST_PRECEDENCE + 1;

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

    @Bean
    FilterRegistrationBean<AdmissionGate> admissionGate(List<AdmissionRoute> routes,
            @Value("${plume.admission.concurrent:0}") int concurrent,
            @Value("${plume.admission.max-wait:PT60S}") Duration maxWait,
            @Value("${plume.admission.max-waiting:100}") int maxWaiting, MeterRegistry meters) {
        int allowed = concurrent > 0 ? concurrent : Runtime.getRuntime().availableProcessors();
        AdmissionGate gate = new AdmissionGate(routes, allowed, maxWait, maxWaiting);
        Gauge.builder("plume.admission.waiting", gate, AdmissionGate::waiting)
                .description("Launches and attempt starts waiting for their turn on this node").register(meters);
        FilterRegistrationBean<AdmissionGate> registration = new FilterRegistrationBean<>(gate);
        registration.setDispatcherTypes(DispatcherType.REQUEST);
        registration.setOrder(ADMISSION_GATE_ORDER);
        return registration;
    }
}
