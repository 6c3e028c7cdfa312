package fr.plume.tool.lti.web;

import fr.plume.tool.lti.application.RegistrationInvitations;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** The values a Moodle administrator pastes, built from the public URL (stable: Moodle stores them). */
@Component
class ToolUrls {

    private final String base;
    private final RegistrationInvitations invitations;

    ToolUrls(@Value("${plume.public-url}") String publicUrl, RegistrationInvitations invitations) {
        this.base = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
        this.invitations = invitations;
    }

    public String toolUrl() {
        return base + "/lti/launch";
    }

    public String loginUrl() {
        return base + "/lti/login";
    }

    public String redirectUri() {
        return base + "/lti/launch";
    }

    public String jwksUrl() {
        return base + "/.well-known/jwks.json";
    }

    public String deepLinkingUrl() {
        return base + "/lti/launch";
    }

    public String domain() {
        return java.net.URI.create(base).getAuthority();
    }

    public String dynamicRegistrationUrl(String memberCode) {
        return base + "/lti/register?member=" + URLEncoder.encode(memberCode, StandardCharsets.UTF_8)
                + "&sig=" + invitations.signature(memberCode);
    }
}
