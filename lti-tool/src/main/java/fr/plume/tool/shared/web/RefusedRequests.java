package fr.plume.tool.shared.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.util.Collection;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;

/** The answer to a request a filter refused before any controller ran: the usual error page. */
final class RefusedRequests {

    private RefusedRequests() {
    }

    /**
     * Renders the error page through the usual chain, as a GET without a body: the filters on the
     * way (CSRF, locale) then have no parameter to read.
     */
    static void render(HttpServletRequest request, HttpServletResponse response, int status, String code)
            throws IOException, ServletException {
        request.setAttribute(RequestDispatcher.ERROR_STATUS_CODE, status);
        request.setAttribute(RequestDispatcher.ERROR_REQUEST_URI, request.getRequestURI());
        request.setAttribute(ProblemResponses.CODE_ATTRIBUTE, code);
        request.getRequestDispatcher("/error").forward(new BodylessGet(request), response);
    }

    /** The refused request as the error page sees it: a GET with no parameters and no body. */
    private static final class BodylessGet extends HttpServletRequestWrapper {

        BodylessGet(HttpServletRequest request) {
            super(request);
        }

        @Override
        public String getMethod() {
            return "GET";
        }

        @Override
        public String getContentType() {
            return null;
        }

        @Override
        public int getContentLength() {
            return 0;
        }

        @Override
        public long getContentLengthLong() {
            return 0;
        }

        @Override
        public String getParameter(String name) {
            return null;
        }

        @Override
        public Map<String, String[]> getParameterMap() {
            return Map.of();
        }

        @Override
        public Enumeration<String> getParameterNames() {
            return Collections.emptyEnumeration();
        }

        @Override
        public String[] getParameterValues(String name) {
            return null;
        }

        @Override
        public Collection<Part> getParts() {
            return List.of();
        }

        @Override
        public Part getPart(String name) {
            return null;
        }
    }
}
