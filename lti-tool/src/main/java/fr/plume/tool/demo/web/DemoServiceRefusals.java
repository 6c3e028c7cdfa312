package fr.plume.tool.demo.web;

import fr.plume.tool.demo.application.LogRefusedServiceCall;
import fr.plume.tool.demo.domain.AccessGrant;
import fr.plume.tool.demo.domain.ServiceRefusal;
import jakarta.servlet.http.HttpServletRequest;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.context.annotation.Profile;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Answers refused service calls with the status Moodle uses and a JSON body carrying the reason
 * (Moodle puts it in the status line, which HTTP/2 and Tomcat no longer carry), and records them.
 */
@RestControllerAdvice(assignableTypes = {DemoLineItemsController.class, DemoScoresController.class,
        DemoMembershipsController.class})
@Order(Ordered.HIGHEST_PRECEDENCE)
@Profile("demo")
class DemoServiceRefusals {

    private final LogRefusedServiceCall logRefusedServiceCall;

    DemoServiceRefusals(LogRefusedServiceCall logRefusedServiceCall) {
        this.logRefusedServiceCall = logRefusedServiceCall;
    }

    @ExceptionHandler(ServiceRefusal.class)
    ResponseEntity<Map<String, Object>> refused(ServiceRefusal refusal, HttpServletRequest request) {
        Object grant = request.getAttribute(DemoServiceAccess.GRANT_ATTRIBUTE);
        String clientId = grant instanceof AccessGrant g ? g.clientId() : null;
        logRefusedServiceCall.log(request.getMethod(), DemoServiceCalls.pathOf(request), clientId, refusal.status(),
                (String) request.getAttribute(DemoServiceCalls.BODY_ATTRIBUTE), refusal.getMessage());
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", refusal.status());
        body.put("reason", refusal.getMessage());
        ResponseEntity.BodyBuilder response = ResponseEntity.status(refusal.status()).contentType(MediaType.APPLICATION_JSON);
        if (refusal.status() == 401) {
            response.header(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
        }
        return response.body(body);
    }
}
