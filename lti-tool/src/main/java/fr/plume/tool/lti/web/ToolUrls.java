package fr.plume.tool.lti.web;

import fr.plume.tool.lti.application.RegistrationInvitations;
import fr.plume.tool.shared.domain.PublicUrl;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.springframework.stereotype.Component;

/** The values a Moodle administrator pastes, built from the public URL (stable: Moodle stores them). */
@Component
class ToolUrls {

    private final PublicUrl publicUrl;
    private final RegistrationInvitations invitations;

    ToolUrls(PublicUrl publicUrl, RegistrationInvitations invitations) {
        this.publicUrl = publicUrl;
        this.invitations = invitations;
    }

    public String toolUrl() {
        return publicUrl.base() + "/lti/launch";
    }

    public String loginUrl() {
        return publicUrl.base() + "/lti/login";
    }

    public String redirectUri() {
        return publicUrl.base() + "/lti/launch";
    }

    public String jwksUrl() {
        return publicUrl.base() + "/.well-known/jwks.json";
    }

    public String deepLinkingUrl() {
        return publicUrl.base() + "/lti/launch";
    }

    public String domain() {
        return publicUrl.authority();
    }

    public String dynamicRegistrationUrl(String memberCode) {
        return publicUrl.base() + "/lti/register?member=" + URLEncoder.encode(memberCode, StandardCharsets.UTF_8)
                + "&sig=" + invitations.signature(memberCode);
    }
}
