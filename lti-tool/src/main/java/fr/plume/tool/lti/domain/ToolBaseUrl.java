package fr.plume.tool.lti.domain;

import java.net.URI;
import java.util.Locale;

/**
 * The tool's public URL, to recognise the tool's own addresses: same scheme, host and port, and
 * a path under the public URL's path (LTI Core §5.1.2: a launch's target_link_uri is a URL of
 * the tool the platform means to open).
 */
public record ToolBaseUrl(String scheme, String host, int port, String path) {

    public static ToolBaseUrl of(String publicUrl) {
        URI uri = URI.create(publicUrl.strip());
        if (!uri.isAbsolute() || uri.getHost() == null) {
            throw new IllegalArgumentException("plume.public-url must be an absolute http(s) URL: " + publicUrl);
        }
        String path = uri.getPath() == null ? "" : uri.getPath();
        return new ToolBaseUrl(uri.getScheme().toLowerCase(Locale.ROOT), uri.getHost().toLowerCase(Locale.ROOT),
                effectivePort(uri), path.endsWith("/") ? path.substring(0, path.length() - 1) : path);
    }

    /** Whether {@code url} is an absolute URL of this tool. */
    public boolean owns(String url) {
        URI uri;
        try {
            uri = url == null ? null : new URI(url.strip()).normalize();
        } catch (java.net.URISyntaxException e) {
            return false;
        }
        if (uri == null || !uri.isAbsolute() || uri.getHost() == null || uri.getRawUserInfo() != null) {
            return false;
        }
        String target = uri.getPath() == null ? "" : uri.getPath();
        return scheme.equals(uri.getScheme().toLowerCase(Locale.ROOT))
                && host.equals(uri.getHost().toLowerCase(Locale.ROOT))
                && port == effectivePort(uri)
                && (path.isEmpty() || target.equals(path) || target.startsWith(path + "/"));
    }

    private static int effectivePort(URI uri) {
        if (uri.getPort() != -1) {
            return uri.getPort();
        }
        return "https".equalsIgnoreCase(uri.getScheme()) ? 443 : "http".equalsIgnoreCase(uri.getScheme()) ? 80 : -1;
    }
}
