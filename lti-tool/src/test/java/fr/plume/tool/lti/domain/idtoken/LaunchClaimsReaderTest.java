package fr.plume.tool.lti.domain.idtoken;

import static org.assertj.core.api.Assertions.assertThat;

import fr.plume.tool.lti.api.LtiClaims;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LaunchClaimsReaderTest {

    private static final String RESTORED_LINK = "https://plume.example/lti/launch?plume_kind=FORMATIVE"
            + "&plume_activity=module-5f0c&plume_competency=2.3";

    @Test
    void aRestoredCartridgeLinkOpensItsActivityFromTheLaunchAddress() {
        var claims = LaunchClaimsReader.read(ValidClaims.with(b -> b.claim(LtiClaims.TARGET_LINK_URI, RESTORED_LINK)));

        assertThat(claims.custom()).containsExactly(Map.entry("plume_kind", "FORMATIVE"),
                Map.entry("plume_activity", "module-5f0c"), Map.entry("plume_competency", "2.3"));
    }

    @Test
    void theCustomClaimWinsOverTheLaunchAddress() {
        var claims = LaunchClaimsReader.read(ValidClaims.with(b -> b.claim(LtiClaims.TARGET_LINK_URI, RESTORED_LINK)
                .claim(LtiClaims.CUSTOM, Map.of("plume_activity", "diagnostic"))));

        assertThat(claims.custom()).containsEntry("plume_activity", "diagnostic").containsEntry("plume_kind", "FORMATIVE");
    }

    @Test
    void onlyTheToolsOwnParametersAreTakenFromTheAddress() {
        var claims = LaunchClaimsReader.read(ValidClaims.with(b -> b.claim(LtiClaims.TARGET_LINK_URI,
                "https://plume.example/lti/launch?lang=en&plume_activity=&plume_kind=" + "x".repeat(201)
                        + "&plume_competency=1%2E2&%E0%A4=1")));

        assertThat(claims.custom()).containsExactly(Map.entry("plume_competency", "1.2"));
    }

    @Test
    void anAddressWithoutQueryAddsNothing() {
        var claims = LaunchClaimsReader.read(ValidClaims.builder().build());

        assertThat(claims.custom()).isEmpty();
    }
}
