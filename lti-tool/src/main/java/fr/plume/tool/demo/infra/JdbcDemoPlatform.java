package fr.plume.tool.demo.infra;

import fr.plume.tool.demo.domain.DemoPlatform;
import fr.plume.tool.demo.domain.PlatformEndpoints;
import fr.plume.tool.demo.domain.ToolEndpoints;
import fr.plume.tool.shared.domain.PublicUrl;
import java.net.URI;
import java.security.SecureRandom;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Profile;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The demo platform's identity: URLs under the tool's public URL, and the client_id kept in
 * PostgreSQL so it survives restarts and is the same on every node.
 */
@Component
@Profile("demo")
class JdbcDemoPlatform implements DemoPlatform {
    private static final String ALPHABET = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";

    private final JdbcClient jdbc;
    private final PublicUrl publicUrl;
    private final String toolJwksUrl;
    private volatile String clientId;

    JdbcDemoPlatform(JdbcClient jdbc, PublicUrl publicUrl, @Value("${plume.demo.tool-jwks-url:}") String toolJwksUrl) {
        this.jdbc = jdbc;
        this.publicUrl = publicUrl;
        this.toolJwksUrl = toolJwksUrl;
    }

    /** Under the tool's public URL, read on each call: with no PLUME_PUBLIC_URL it follows the listening port. */
    @Override
    public PlatformEndpoints endpoints() {
        return new PlatformEndpoints(publicUrl.base() + "/demo/platform", DEPLOYMENT_ID);
    }

    @Override
    public ToolEndpoints tool() {
        ToolEndpoints defaults = ToolEndpoints.under(publicUrl.base());
        // Tests of the services play the tool themselves and point the platform at their own keys.
        return toolJwksUrl.isBlank() ? defaults
                : new ToolEndpoints(defaults.login(), defaults.launch(), URI.create(toolJwksUrl));
    }

    @Override
    public String clientId() {
        String id = clientId;
        if (id == null) {
            jdbc.sql("INSERT INTO demo_platform_client (id, client_id, deployment_id) VALUES (1, :client, :deployment) "
                    + "ON CONFLICT (id) DO NOTHING")
                    .param("client", randomClientId()).param("deployment", DEPLOYMENT_ID).update();
            id = jdbc.sql("SELECT client_id FROM demo_platform_client WHERE id = 1").query(String.class).single();
            clientId = id;
        }
        return id;
    }

    private static String randomClientId() {
        SecureRandom random = new SecureRandom();
        StringBuilder id = new StringBuilder(15);
        for (int i = 0; i < 15; i++) {
            id.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return id.toString();
    }
}
