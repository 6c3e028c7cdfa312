package fr.plume.tool.demo.application;

import fr.plume.tool.demo.domain.ServiceLog;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/** A refused service call goes into the service log shown under the gradebook, with its reason. */
@Component
@Profile("demo")
public class LogRefusedServiceCall {

    private final ServiceLog log;

    public LogRefusedServiceCall(ServiceLog log) {
        this.log = log;
    }

    /** @param clientId the client of the access token shown, null when there was none */
    public void log(String method, String path, String clientId, int status, String body, String reason) {
        log.record(method, path, clientId, status, body, reason);
    }
}
