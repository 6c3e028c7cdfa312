package fr.plume.tool.lti.domain;

import java.io.Serializable;

/** A pending Deep Linking request; {@code token} guards the picker's form against cross-site posts. */
public record PendingDeepLinking(DeepLinkingSettings settings, String deploymentId, String token)
        implements Serializable {
}
