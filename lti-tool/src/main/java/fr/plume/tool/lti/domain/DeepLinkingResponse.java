package fr.plume.tool.lti.domain;

import fr.plume.tool.lti.api.LtiClaims;
import com.nimbusds.jwt.JWTClaimsSet;
import fr.plume.tool.lti.api.PlaceableActivity;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The claims of an LtiDeepLinkingResponse (Deep Linking 2.0 §4.5): issued by the tool as its
 * client_id to the platform issuer, one ltiResourceLink per chosen activity, a lineItem on each
 * gradable one, and the platform's opaque data echoed back unchanged.
 */
public final class DeepLinkingResponse {

    /** Long enough for a slow auto-submit, short enough to limit replay (Security Framework §5.2). */
    public static final Duration LIFETIME = Duration.ofMinutes(5);

    /** The custom parameter identifying the placed activity in later launches. */
    public static final String ACTIVITY_PARAMETER = "plume_activity";
    public static final String KIND_PARAMETER = "plume_kind";

    private DeepLinkingResponse() {
    }

    public static JWTClaimsSet claims(String clientId, String platformIssuer, String deploymentId,
            DeepLinkingSettings settings, List<PlaceableActivity> chosen, URI launchUrl, String language,
            Instant now) {
        if (chosen.size() > 1 && !settings.acceptMultiple()) {
            throw new LaunchRejected("LTI-DEEP-LINKING-SINGLE-ONLY", 400);
        }
        List<Map<String, Object>> items = new ArrayList<>();
        for (PlaceableActivity activity : chosen) {
            items.add(item(activity, settings, launchUrl, language));
        }
        JWTClaimsSet.Builder builder = new JWTClaimsSet.Builder()
                .issuer(clientId)
                .audience(platformIssuer)
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plus(LIFETIME)))
                .jwtID(UUID.randomUUID().toString())
                .claim("nonce", UUID.randomUUID().toString())
                .claim(LtiClaims.MESSAGE_TYPE, LtiClaims.DEEP_LINKING_RESPONSE)
                .claim(LtiClaims.VERSION, LtiClaims.SUPPORTED_VERSION)
                .claim(LtiClaims.DEPLOYMENT_ID, deploymentId)
                .claim(LtiClaims.DL_CONTENT_ITEMS, items);
        if (settings.data() != null) {
            builder.claim(LtiClaims.DL_DATA, settings.data());
        }
        if (chosen.isEmpty()) {
            builder.claim(LtiClaims.DL_MSG, "en".equals(language) ? "Nothing was placed." : "Aucune activité placée.");
        }
        return builder.build();
    }

    private static Map<String, Object> item(PlaceableActivity activity, DeepLinkingSettings settings, URI launchUrl,
            String language) {
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("type", "ltiResourceLink");
        item.put("title", activity.title(language));
        item.put("text", activity.description(language));
        item.put("url", launchUrl.toString());
        Map<String, Object> custom = new LinkedHashMap<>(activity.custom());
        custom.put(ACTIVITY_PARAMETER, activity.id());
        custom.put(KIND_PARAMETER, activity.kind().name());
        item.put("custom", custom);
        if (activity.gradable() && settings.acceptLineItem()) {
            Map<String, Object> lineItem = new LinkedHashMap<>();
            lineItem.put("scoreMaximum", activity.scoreMaximum());
            lineItem.put("label", activity.title(language));
            lineItem.put("resourceId", activity.id());
            if (activity.tag() != null) {
                lineItem.put("tag", activity.tag());
            }
            item.put("lineItem", lineItem);
        }
        return item;
    }
}
