package fr.plume.tool.shared.infra;

import fr.plume.tool.shared.domain.PublicUrl;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * The {@link PublicUrl}: {@code plume.public-url}, or {@code http://localhost:<the port the tool
 * listens on>} (what the demo needs, whatever {@code --server.port} says, 0 included), the port
 * being learnt from the web server once it listens.
 */
@Component
class ServerPublicUrl implements PublicUrl, ApplicationListener<WebServerInitializedEvent> {

    private static final Logger log = LoggerFactory.getLogger(ServerPublicUrl.class);

    private final String configured;
    private final Environment environment;
    private volatile Integer listeningPort;

    ServerPublicUrl(@Value("${plume.public-url:}") String configured, Environment environment) {
        this.configured = withoutTrailingSlash(configured.strip());
        this.environment = environment;
    }

    @Override
    public String base() {
        if (!configured.isEmpty()) {
            return configured;
        }
        return "http://localhost:" + port();
    }

    @Override
    public void onApplicationEvent(WebServerInitializedEvent event) {
        // A separate management server announces itself under its own namespace.
        if (event.getApplicationContext().getServerNamespace() == null) {
            listeningPort = event.getWebServer().getPort();
            if (configured.isEmpty()) {
                log.info("event=public-url.default url={} hint=set-PLUME_PUBLIC_URL-when-platforms-reach-the-tool-elsewhere",
                        base());
            }
        }
    }

    private int port() {
        Integer listening = listeningPort;
        if (listening != null) {
            return listening;
        }
        int declared = environment.getProperty("server.port", Integer.class, 8080);
        if (declared <= 0) {
            throw new IllegalStateException("The public URL is not known before the server listens on its random port");
        }
        return declared;
    }

    private static String withoutTrailingSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
