package fr.plume.tool.assessment.web;

import fr.plume.tool.shared.web.AdmissionRoute;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Starting an attempt is an admission (shared.web.AdmissionGate): it reads the profile, selects
 * the first item under the exposure limits and writes the attempt, the costliest step of the
 * start of an exam after the launch.
 */
@Configuration(proxyBeanMethods = false)
class AttemptStartAdmission {

    @Bean
    AdmissionRoute attemptStart() {
        return new AdmissionRoute("POST", StudentController.START);
    }
}
