package fr.plume.tool.demo.domain;

import java.net.URI;

/**
 * The demo platform's URLs, laid out like Moodle's mod/lti ones: service URLs carry
 * {@code ?type_id=} (Moodle appends the tool type id), so tools must insert path segments such
 * as {@code /scores} before the query string (AGS 2.0 §3.3.1).
 *
 * @param base         public URL of the platform, e.g. {@code https://plume.example/demo/platform}
 * @param deploymentId the deployment (Moodle's tool type id)
 */
public record PlatformEndpoints(String base, String deploymentId) {

    public PlatformEndpoints {
        base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    }

    public String issuer() {
        return base;
    }

    public URI authorization() {
        return URI.create(base + "/auth");
    }

    public URI token() {
        return URI.create(base + "/token");
    }

    public URI jwks() {
        return URI.create(base + "/jwks");
    }

    public String deepLinkReturn() {
        return base + "/deep-link-return";
    }

    public String lineItemsPath(String courseId) {
        return base + "/services/" + courseId + "/lineitems";
    }

    public String lineItems(String courseId) {
        return lineItemsPath(courseId) + "?type_id=" + deploymentId;
    }

    public String lineItem(String courseId, long lineItemId) {
        return lineItemsPath(courseId) + "/" + lineItemId + "/lineitem?type_id=" + deploymentId;
    }

    public String memberships(String courseId) {
        return base + "/services/CourseSection/" + courseId + "/bindings/" + deploymentId + "/memberships";
    }
}
