package fr.plume.tool.sync.domain;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/** Addresses typed by an administrator: only absolute http(s) URLs with a host. */
public final class SiteUrls {

    private SiteUrls() {
    }

    public static boolean isWebUrl(String value) {
        if (value == null || value.isBlank()) {
            return false;
        }
        try {
            URI uri = new URI(value.strip());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("https") || scheme.equals("http")) && uri.getHost() != null && uri.getUserInfo() == null;
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
