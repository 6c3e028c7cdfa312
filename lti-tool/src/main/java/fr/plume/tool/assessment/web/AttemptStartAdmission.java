package fr.plume.tool.assessment.web;

import fr.plume.tool.shared.web.AdmissionRoute;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The student's side of an arrival, after the launch (shared.web.AdmissionGate): the home page a
 * launch lands on, and the start of an attempt, which reads the profile, selects the first item
 * under the exposure limits and writes the attempt. During an attempt the student never comes
 * back to the home page, so neither slows the answers.
 */
@Configuration(proxyBeanMethods = false)
class AttemptStartAdmission {

    @Bean
    AdmissionRoute attemptStart() {
        return new AdmissionRoute("POST", StudentController.START);
    }

    @Bean
    AdmissionRoute landing() {
        return new AdmissionRoute("GET", StudentController.HOME);
    }
}
