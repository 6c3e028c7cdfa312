package fr.plume.tool.demo.domain;

import fr.plume.tool.lti.api.LtiClaims;
import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jwt.JWTClaimsSet;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class IdTokenClaimsTest {

    private static final PlatformEndpoints PLATFORM = new PlatformEndpoints("https://plume.example/demo/platform", "1");
    private static final ToolEndpoints TOOL = ToolEndpoints.under("https://plume.example");
    private static final Instant NOW = Instant.parse("2026-05-04T08:00:00Z");

    private static JWTClaimsSet claims(String userId, MessageType type, Activity activity) {
        DemoUser user = DemoCatalogue.user(userId).orElseThrow();
        return IdTokenClaims.of(new LaunchMessage(PLATFORM, TOOL, "client15chars00", user, DemoCatalogue.COURSE, type,
                activity, "fr", "nonce-1", type == MessageType.DEEP_LINKING ? "7:101:abc" : null,
                "https://plume.example/demo", NOW));
    }

    @Test
    @SuppressWarnings("unchecked")
    void aResourceLinkLaunchCarriesWhatMoodleSends() throws Exception {
        Activity activity = new Activity(12, "7", "Positionnement", "Test", null, Map.of("mode", "diagnostic"), 40L);

        JWTClaimsSet c = claims("202", MessageType.RESOURCE_LINK, activity);

        assertThat(c.getIssuer()).isEqualTo("https://plume.example/demo/platform");
        assertThat(c.getAudience()).containsExactly("client15chars00");
        assertThat(c.getSubject()).isEqualTo("202");
        assertThat(c.getExpirationTime().getTime() - c.getIssueTime().getTime()).isEqualTo(60_000);
        assertThat(c.getStringClaim("nonce")).isEqualTo("nonce-1");
        assertThat(c.getStringClaim(LtiClaims.VERSION)).isEqualTo("1.3.0");
        assertThat(c.getStringClaim(LtiClaims.MESSAGE_TYPE)).isEqualTo("LtiResourceLinkRequest");
        assertThat(c.getStringClaim(LtiClaims.DEPLOYMENT_ID)).isEqualTo("1");
        assertThat(c.getStringClaim(LtiClaims.TARGET_LINK_URI)).isEqualTo("https://plume.example/lti/launch");
        assertThat(c.getStringListClaim(LtiClaims.ROLES))
                .containsExactly("http://purl.imsglobal.org/vocab/lis/v2/membership#Learner");
        assertThat(c.getJSONObjectClaim(LtiClaims.RESOURCE_LINK)).containsEntry("id", "12").containsEntry("title", "Positionnement");
        assertThat(c.getJSONObjectClaim(LtiClaims.CONTEXT)).containsEntry("id", "7")
                .containsEntry("type", List.of("CourseSection"));
        assertThat(c.getJSONObjectClaim(LtiClaims.LAUNCH_PRESENTATION)).containsEntry("locale", "fr")
                .containsEntry("document_target", "iframe").containsEntry("return_url", "https://plume.example/demo");
        assertThat(c.getJSONObjectClaim(LtiClaims.TOOL_PLATFORM)).containsEntry("family_code", "moodle");
        assertThat(c.getJSONObjectClaim(LtiClaims.CUSTOM)).containsEntry("mode", "diagnostic")
                .containsEntry("plume_extra_time_percent", "33");
        assertThat(c.getStringClaim("given_name")).isEqualTo("Yanis");
        assertThat(c.getStringClaim("email")).isEqualTo("yanis.benali@etu.univ-demo.example");
        Map<String, Object> ags = c.getJSONObjectClaim(LtiClaims.AGS_ENDPOINT);
        assertThat(ags).containsEntry("lineitems", "https://plume.example/demo/platform/services/7/lineitems?type_id=1")
                .containsEntry("lineitem", "https://plume.example/demo/platform/services/7/lineitems/40/lineitem?type_id=1");
        assertThat((List<Object>) ags.get("scope")).contains(Scopes.SCORE, Scopes.LINEITEM);
        assertThat(c.getJSONObjectClaim(LtiClaims.NRPS)).containsEntry("context_memberships_url",
                "https://plume.example/demo/platform/services/CourseSection/7/bindings/1/memberships");
        assertThat(c.getClaim(LtiClaims.DEEP_LINKING_SETTINGS)).isNull();
    }

    @Test
    void aDeepLinkingRequestHasSettingsWithStringBooleansAndNoResourceLink() throws Exception {
        JWTClaimsSet c = claims("101", MessageType.DEEP_LINKING, null);

        assertThat(c.getStringClaim(LtiClaims.MESSAGE_TYPE)).isEqualTo("LtiDeepLinkingRequest");
        assertThat(c.getClaim(LtiClaims.RESOURCE_LINK)).isNull();
        Map<String, Object> settings = c.getJSONObjectClaim(LtiClaims.DEEP_LINKING_SETTINGS);
        assertThat(settings).containsEntry("deep_link_return_url", "https://plume.example/demo/platform/deep-link-return")
                .containsEntry("accept_multiple", "true").containsEntry("accept_types", List.of("ltiResourceLink"))
                .containsEntry("data", "7:101:abc");
        assertThat(c.getJSONObjectClaim(LtiClaims.LAUNCH_PRESENTATION)).doesNotContainKey("return_url");
        assertThat(c.getJSONObjectClaim(LtiClaims.AGS_ENDPOINT)).doesNotContainKey("lineitem");
    }

    @Test
    void theOfficerHasInstitutionRolesOnly() throws Exception {
        Activity activity = new Activity(12, "7", "Positionnement", null, null, Map.of(), null);

        assertThat(claims("103", MessageType.RESOURCE_LINK, activity).getStringListClaim(LtiClaims.ROLES))
                .allMatch(r -> r.contains("/institution/") || r.contains("/system/"));
    }
}
