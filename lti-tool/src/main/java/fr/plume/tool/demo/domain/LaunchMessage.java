package fr.plume.tool.demo.domain;

import java.time.Instant;

/**
 * Everything the platform knows when it answers an authentication request: who launches what,
 * from where, with which nonce. {@code activity} is null for a Deep Linking request.
 */
public record LaunchMessage(PlatformEndpoints platform, ToolEndpoints tool, String clientId, DemoUser user,
        DemoCourse course, MessageType messageType, Activity activity, String locale, String nonce,
        String deepLinkData, String returnUrl, Instant issuedAt) {
}
