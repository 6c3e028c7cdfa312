package fr.plume.tool.lti.domain;

import java.net.URI;

/**
 * Which platform URLs the tool will store or call: HTTPS, or plain HTTP on the loopback
 * interface (the demo platform, local tests). {@code plume.lti.allow-http-platforms=true} also
 * admits plain HTTP elsewhere, for a development Moodle in a container network.
 */
public class PlatformUrls {

    private final boolean allowHttp;

    public PlatformUrls(boolean allowHttp) {
        this.allowHttp = allowHttp;
    }

    public boolean acceptable(URI uri) {
        if (uri == null || !uri.isAbsolute() || uri.getHost() == null || uri.getUserInfo() != null) {
            return false;
        }
        String scheme = uri.getScheme().toLowerCase(java.util.Locale.ROOT);
        if (scheme.equals("https")) {
            return true;
        }
        return scheme.equals("http") && (allowHttp || loopback(uri.getHost()));
    }

    public boolean acceptable(String uri) {
        try {
            return uri != null && acceptable(URI.create(uri.strip()));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static boolean loopback(String host) {
        return host.equals("localhost") || host.equals("127.0.0.1") || host.equals("[::1]");
    }
}
