package fr.plume.tool.demo.domain;

import fr.plume.tool.lti.api.LtiClaims;
import com.nimbusds.jwt.JWTClaimsSet;
import java.net.URI;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The id_token claims of a launch, shaped like Moodle's (mod/lti/locallib.php lti_sign_jwt and
 * lti_get_jwt_claim_mapping): {@code exp = iat + 60}, a single string {@code aud}, sorted array
 * claims, {@code context.type = ["CourseSection"]}, {@code tool_platform.family_code}, booleans
 * of the Deep Linking settings as the strings "true"/"false", names and e-mail sent ("always").
 */
public final class IdTokenClaims {

    /** Moodle's $CFG->version of 4.5, which the platform claims to be. */
    static final String MOODLE_VERSION = "2024100700";
    private static final long LIFETIME_SECONDS = 60;

    private IdTokenClaims() {
    }

    public static JWTClaimsSet of(LaunchMessage m) {
        DemoUser user = m.user();
        DemoCourse course = m.course();
        PlatformEndpoints platform = m.platform();
        boolean deepLinking = m.messageType() == MessageType.DEEP_LINKING;
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder()
                .claim("nonce", m.nonce())
                .issueTime(Date.from(m.issuedAt()))
                .expirationTime(Date.from(m.issuedAt().plusSeconds(LIFETIME_SECONDS)))
                .issuer(platform.issuer())
                .audience(m.clientId())
                .subject(user.id())
                .claim(LtiClaims.DEPLOYMENT_ID, platform.deploymentId())
                .claim(LtiClaims.TARGET_LINK_URI, targetLinkUri(m))
                .claim(LtiClaims.MESSAGE_TYPE, m.messageType().claim())
                .claim(LtiClaims.VERSION, "1.3.0")
                .claim(LtiClaims.ROLES, sorted(user.role().launchRoles()))
                .claim(LtiClaims.CONTEXT, ordered("id", course.id(), "label", course.label(), "title", course.title(),
                        "type", List.of("CourseSection")))
                .claim(LtiClaims.LIS, ordered("person_sourcedid", "demo-" + user.id(),
                        "course_section_sourcedid", course.sectionSourcedId()))
                .claim(LtiClaims.TOOL_PLATFORM, ordered("family_code", "moodle", "version", MOODLE_VERSION,
                        "guid", URI.create(platform.issuer()).getHost(), "name", "Démo Plume",
                        "description", "Université de démonstration — plateforme LTI intégrée"))
                .claim(LtiClaims.EXT, ordered("user_username", user.username(), "lms", "moodle-2"))
                .claim("given_name", user.givenName())
                .claim("family_name", user.familyName())
                .claim("name", user.fullName())
                .claim("email", user.email());

        Map<String, Object> presentation = ordered("locale", m.locale(), "document_target", "iframe");
        Map<String, Object> ags = ordered("scope", Scopes.AGS, "lineitems", platform.lineItems(course.id()));
        if (deepLinking) {
            // Moodle drops resource_link_* and the return URL from Deep Linking requests.
            claims.claim(LtiClaims.DEEP_LINKING_SETTINGS, deepLinkingSettings(m));
        } else {
            Activity activity = m.activity();
            Map<String, Object> link = ordered("id", String.valueOf(activity.id()), "title", activity.title());
            if (activity.text() != null && !activity.text().isBlank()) {
                link.put("description", activity.text());
            }
            claims.claim(LtiClaims.RESOURCE_LINK, link);
            presentation.put("return_url", m.returnUrl());
            if (activity.lineItemId() != null) {
                ags.put("lineitem", platform.lineItem(course.id(), activity.lineItemId()));
            }
        }
        claims.claim(LtiClaims.LAUNCH_PRESENTATION, presentation);
        Map<String, Object> custom = new LinkedHashMap<>();
        if (m.activity() != null) {
            custom.putAll(m.activity().custom());
        }
        if (user.extraTimePercent() > 0) {
            custom.put("plume_extra_time_percent", String.valueOf(user.extraTimePercent()));
        }
        if (!custom.isEmpty()) {
            claims.claim(LtiClaims.CUSTOM, custom);
        }
        claims.claim(LtiClaims.AGS_ENDPOINT, ags);
        claims.claim(LtiClaims.NRPS, ordered("context_memberships_url", platform.memberships(course.id()),
                "service_versions", List.of("1.0", "2.0")));
        return claims.build();
    }

    private static String targetLinkUri(LaunchMessage m) {
        if (m.activity() != null && m.activity().targetLinkUri() != null) {
            return m.activity().targetLinkUri();
        }
        return m.tool().launch().toString();
    }

    private static Map<String, Object> deepLinkingSettings(LaunchMessage m) {
        Map<String, Object> settings = ordered(
                "accept_copy_advice", "false",
                "accept_presentation_document_targets", List.of("frame", "iframe", "window"),
                "accept_types", List.of("ltiResourceLink"),
                "accept_multiple", "true",
                "accept_unsigned", "false",
                "auto_create", "false",
                "can_confirm", "false",
                "deep_link_return_url", m.platform().deepLinkReturn(),
                "title", "Plume",
                "text", "");
        if (m.deepLinkData() != null) {
            // Moodle sends no data; the demo does (DL 2.0 §4.4.1) so tools must echo it.
            settings.put("data", m.deepLinkData());
        }
        return settings;
    }

    private static List<String> sorted(List<String> values) {
        List<String> copy = new ArrayList<>(values);
        copy.sort(null);
        return copy;
    }

    private static Map<String, Object> ordered(Object... keysAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }
}
