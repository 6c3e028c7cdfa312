package fr.plume.tool.shared.domain;

import java.net.URI;

/**
 * The address platforms and browsers reach the tool at: {@code PLUME_PUBLIC_URL}, or when it is
 * not set {@code http://localhost:<the port the tool listens on>}. That port is known only once
 * the server listens, so read {@link #base()} when a URL is needed, never in a constructor.
 */
public interface PublicUrl {

    /** The public URL without a trailing slash, e.g. {@code https://plume.example.org}. */
    String base();

    /** Host and port of {@link #base()}, as Dynamic Registration's {@code domain} wants it. */
    default String authority() {
        return URI.create(base()).getAuthority();
    }
}
