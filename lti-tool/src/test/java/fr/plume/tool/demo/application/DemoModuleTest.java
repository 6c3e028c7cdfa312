package fr.plume.tool.demo.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.SignedJWT;
import fr.plume.tool.demo.domain.AccessGrant;
import fr.plume.tool.demo.domain.Activity;
import fr.plume.tool.demo.domain.DemoPlatform;
import fr.plume.tool.demo.domain.FormPost;
import fr.plume.tool.demo.domain.Gradebook;
import fr.plume.tool.demo.domain.LineItem;
import fr.plume.tool.demo.domain.LineItems;
import fr.plume.tool.demo.domain.MessageType;
import fr.plume.tool.demo.domain.Scopes;
import fr.plume.tool.demo.domain.ServiceRefusal;
import fr.plume.tool.identity.api.Members;
import fr.plume.tool.lti.api.PlatformRegistrations;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The demo module alone (with the shared module, on embedded PostgreSQL): its use cases over the
 * real adapters, where the SQL matters. The identity and LTI modules it registers with are
 * replaced by their in-memory stand-ins.
 */
@ApplicationModuleTest
@ActiveProfiles({"demo", "test"})
class DemoModuleTest {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        registry.add("plume.db.embedded.data-dir", () -> "target/demo-module-test-pg");
    }

    @TestConfiguration
    static class Neighbours {
        @Bean
        Members members() {
            return new DemoPorts.MemoryMembers();
        }

        @Bean
        PlatformRegistrations registrations() {
            return new DemoPorts.MemoryRegistrations();
        }
    }

    @Autowired DemoPlatform platform;
    @Autowired PlatformRegistrations registrations;
    @Autowired LineItems lineItems;
    @Autowired Gradebook gradebook;
    @Autowired ShowDemoCourse showDemoCourse;
    @Autowired LaunchAsDemoUser launchAsDemoUser;
    @Autowired AuthenticateLaunch authenticateLaunch;
    @Autowired PublishPlatformKeys publishPlatformKeys;
    @Autowired CreateLineItem createLineItem;
    @Autowired ListLineItems listLineItems;
    @Autowired ReceiveScore receiveScore;

    @Test
    void atStartThePlatformIsRegisteredAndTheCourseHasAGradedActivity() {
        assertThat(registrations.find(platform.endpoints().issuer(), platform.clientId())).isPresent();
        assertThat(platform.clientId()).matches("[A-Za-z0-9]{15}");
        Activity first = showDemoCourse.show().activities().get(0);
        assertThat(first.title()).isEqualTo("Positionnement en français écrit");
        assertThat(first.lineItemId()).as("its one coupled column travels in the launch").isNotNull();
    }

    @Test
    void aLaunchIntentStoredInPostgresqlServesOneSignedIdToken() throws Exception {
        LaunchAsDemoUser.Launch launch = launchAsDemoUser.launch("202", null, MessageType.RESOURCE_LINK, "fr");
        Map<String, String> params = new HashMap<>(Map.of("scope", "openid", "response_type", "id_token",
                "client_id", platform.clientId(), "login_hint", "202", "nonce", "n-1", "response_mode", "form_post",
                "redirect_uri", platform.tool().launch().toString(), "lti_message_hint", launch.intentId().toString()));

        FormPost first = authenticateLaunch.authenticate(params);
        FormPost again = authenticateLaunch.authenticate(params);

        RSAKey published = JWKSet.parse(publishPlatformKeys.jwks()).getKeys().get(0).toRSAKey();
        SignedJWT idToken = SignedJWT.parse(first.fields().get("id_token"));
        assertThat(idToken.verify(new RSASSAVerifier(published))).isTrue();
        assertThat(idToken.getJWTClaimsSet().getSubject()).isEqualTo("202");
        assertThat(again.fields()).containsEntry("error", "invalid_request").doesNotContainKey("id_token");
    }

    @Test
    void lineItemFiltersMatchExactlyAsMoodlesGetLineitems() {
        createLineItem.create("7", "{\"label\":\"Filtre A\",\"scoreMaximum\":10,\"resourceId\":\"filter-a\","
                + "\"tag\":\"module-filter\"}", grant(Scopes.LINEITEM), "/li");
        createLineItem.create("7", "{\"label\":\"Filtre B\",\"scoreMaximum\":10,\"tag\":\"module-filter\"}",
                grant(Scopes.LINEITEM), "/li");

        List<Map<String, Object>> byTag = listLineItems.list("7",
                new ListLineItems.Query(null, null, null, "module-filter", null, null), grant(Scopes.LINEITEM), "/li")
                .items();
        List<LineItem> withoutResource = lineItems.inCourse("7", "", null, "module-filter");

        assertThat(byTag).extracting(i -> i.get("label")).containsExactly("Filtre A", "Filtre B");
        assertThat(withoutResource).extracting(LineItem::label).containsExactly("Filtre B");
    }

    @Test
    void scoresAreStoredAndJudgedAgainstTheStoredGrade() {
        LineItem column = lineItems.insert("7", "Blanc", new BigDecimal("100"), null, null, null, false);
        Instant t = Instant.parse("2026-05-04T08:00:00Z");

        receiveScore.receive("7", String.valueOf(column.id()), score("201", "64.50", t), grant(Scopes.SCORE), "/s");

        assertThat(gradebook.find(column.id(), "201")).hasValueSatisfying(g -> {
            assertThat(g.scoreGiven()).isEqualByComparingTo("64.5");
            assertThat(g.scoreTimestamp()).isEqualTo(t);
        });
        assertThatThrownBy(() -> receiveScore.receive("7", String.valueOf(column.id()), score("201", "70", t),
                grant(Scopes.SCORE), "/s")).isInstanceOfSatisfying(ServiceRefusal.class,
                        r -> assertThat(r.status()).isEqualTo(409));
        assertThat(gradebook.find(column.id(), "201").orElseThrow().scoreGiven()).isEqualByComparingTo("64.5");
    }

    private AccessGrant grant(String scope) {
        return new AccessGrant(platform.clientId(), List.of(scope),
                Instant.now().plusSeconds(60));
    }

    private static String score(String user, String given, Instant at) {
        return "{\"userId\":\"" + user + "\",\"scoreGiven\":" + given + ",\"scoreMaximum\":100,"
                + "\"activityProgress\":\"Completed\",\"gradingProgress\":\"FullyGraded\",\"timestamp\":\"" + at + "\"}";
    }
}
