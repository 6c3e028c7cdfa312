package fr.plume.tool.demo.application;

import static fr.plume.tool.demo.application.LaunchAsDemoUserTest.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jwt.JWTClaimsSet;
import fr.plume.tool.demo.domain.Activity;
import fr.plume.tool.demo.domain.LineItem;
import fr.plume.tool.lti.api.LtiClaims;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ReceiveDeepLinkTest {

    private final DemoPorts ports = new DemoPorts();
    private final ReceiveDeepLink receive = new ReceiveDeepLink(ports.toolJwts, ports.platform,
            new PlacedItems(ports.activities, ports.lineItems, ports.platform), ports.serviceLog);

    private static JWTClaimsSet.Builder response(String data, Object contentItems) {
        return new JWTClaimsSet.Builder().issuer(DemoPorts.CLIENT_ID)
                .claim(LtiClaims.MESSAGE_TYPE, "LtiDeepLinkingResponse").claim(LtiClaims.VERSION, "1.3.0")
                .claim(LtiClaims.DEPLOYMENT_ID, "1").claim(LtiClaims.DL_DATA, data)
                .claim(LtiClaims.DL_CONTENT_ITEMS, contentItems).claim(LtiClaims.DL_MSG, "2 activités ajoutées");
    }

    @Test
    void eachResourceLinkBecomesAnActivityAndAGradedOneGetsItsColumn() {
        List<Object> items = List.of(
                Map.of("type", "ltiResourceLink", "title", "Module 1", "url", "https://plume.example/lti/launch?m=1",
                        "custom", Map.of("module", "1"), "lineItem", Map.of("scoreMaximum", 20, "label", "Module 1 /20")),
                Map.of("type", "ltiResourceLink", "text", "Sans titre"),
                Map.of("type", "file", "title", "Ignoré"));

        ReceiveDeepLink.Placement placement = receive.receive(
                ports.toolJwts.deepLinkingResponse(response("7:101:xyz", items).build()));

        assertThat(placement.placed()).extracting(PlacedItems.Placed::title).containsExactly("Module 1", "Activité Plume");
        assertThat(placement.placed().get(0).scoreMaximum()).isEqualByComparingTo("20");
        assertThat(placement.placed().get(1).scoreMaximum()).isNull();
        assertThat(placement.message()).isEqualTo("2 activités ajoutées");
        List<Activity> activities = ports.activities.inCourse("7");
        assertThat(activities.get(0).targetLinkUri()).isEqualTo("https://plume.example/lti/launch?m=1");
        assertThat(activities.get(0).custom()).containsEntry("module", "1");
        assertThat(activities.get(1).targetLinkUri()).isEqualTo("https://plume.example/lti/launch");
        assertThat(ports.activities.placedBy(activities.get(0).id())).isEqualTo("101");
        LineItem column = ports.lineItems.inCourse("7", null, activities.get(0).id(), null).get(0);
        assertThat(column.label()).isEqualTo("Module 1 /20");
        assertThat(column.coupled()).isTrue();
        assertThat(ports.serviceLog.last().status()).isEqualTo(200);
        assertThat(ports.serviceLog.last().outcome()).isEqualTo("2 activities placed");
    }

    @Test
    void refusesAndLogsWhatIsNotAnEchoedTeachersResponse() {
        assertRefused(null, "no JWT form field");
        assertRefused("forged", "Signed JWT rejected: Invalid signature");
        assertRefused(ports.toolJwts.deepLinkingResponse(response("7:101:xyz", List.of())
                .claim(LtiClaims.DEPLOYMENT_ID, "2").build()), "message_type, version or deployment_id wrong");
        assertRefused(ports.toolJwts.deepLinkingResponse(response(null, List.of()).build()), "data not echoed");
        assertRefused(ports.toolJwts.deepLinkingResponse(response("7:201:xyz", List.of()).build()),
                "data names no teacher");
        assertRefused(ports.toolJwts.deepLinkingResponse(response("8:101:xyz", List.of()).build()),
                "data names no course");
        assertRefused(ports.toolJwts.deepLinkingResponse(response("7:101:xyz", List.of(Map.of("type", "ltiResourceLink",
                "lineItem", Map.of("scoreMaximum", "vingt")))).build()), "lineItem.scoreMaximum is not a number");
    }

    private void assertRefused(String jwt, String reason) {
        assertProblem(() -> receive.receive(jwt), "DEMO-DEEP-LINK-INVALID", 400);
        assertThat(ports.serviceLog.last().status()).isEqualTo(400);
        assertThat(ports.serviceLog.last().clientId()).isNull();
        assertThat(ports.serviceLog.last().outcome()).isEqualTo(reason);
    }
}
