package fr.plume.tool.demo.domain;

import java.net.URI;

/** The tool's LTI URLs as the demo platform was configured with them (Moodle's tool settings). */
public record ToolEndpoints(URI login, URI launch, URI jwks) {

    public static ToolEndpoints under(String publicUrl) {
        String base = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
        return new ToolEndpoints(URI.create(base + "/lti/login"), URI.create(base + "/lti/launch"),
                URI.create(base + "/.well-known/jwks.json"));
    }

    /** Moodle's "Redirection URI(s)": the only places an id_token may be posted to. */
    public boolean isRedirectUri(String uri) {
        return launch.toString().equals(uri);
    }
}
