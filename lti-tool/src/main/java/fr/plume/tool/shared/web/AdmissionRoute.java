package fr.plume.tool.shared.web;

import jakarta.servlet.http.HttpServletRequest;

/**
 * A request by which a person enters the tool (an LTI launch, the start of an attempt), declared
 * as a bean by the module that serves it. {@link AdmissionGate} lets only a few of them run at
 * once on a node, so that a wave of arrivals never slows the people already at work.
 *
 * @param method the HTTP method
 * @param path   the exact path, without the context path
 */
public record AdmissionRoute(String method, String path) {

    boolean matches(HttpServletRequest request) {
        return method.equalsIgnoreCase(request.getMethod()) && path.equals(request.getServletPath());
    }
}
