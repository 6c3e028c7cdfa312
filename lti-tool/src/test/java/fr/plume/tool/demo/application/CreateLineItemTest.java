package fr.plume.tool.demo.application;

import static fr.plume.tool.demo.application.ServiceRefusals.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

import fr.plume.tool.demo.domain.LineItem;
import fr.plume.tool.demo.domain.Scopes;
import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CreateLineItemTest {

    private static final String PATH = "/demo/platform/services/7/lineitems?type_id=1";

    private final DemoPorts ports = new DemoPorts();
    private final CreateLineItem create = new CreateLineItem(ports.lineItems, ports.activities, ports.serviceLog,
            ports.platform);

    private Map<String, Object> create(String body) {
        return create.create("7", body, ports.grant(Scopes.LINEITEM), PATH);
    }

    @Test
    void addsAManualColumnAndAnswersThePostedJsonWithItsId() {
        Map<String, Object> answer = create("{\"label\":\"Module 1\",\"scoreMaximum\":\"20.5\",\"resourceId\":\"m1\","
                + "\"tag\":\"\",\"startDateTime\":\"2026-05-04T08:00:00Z\"}");

        LineItem item = ports.lineItems.inCourse("7", null, null, null).get(0);
        assertThat(item.label()).isEqualTo("Module 1");
        assertThat(item.scoreMaximum()).isEqualByComparingTo("20.5");
        assertThat(item.resourceId()).isEqualTo("m1");
        assertThat(item.tag()).isNull();
        assertThat(item.coupled()).isFalse();
        assertThat(answer).containsEntry("startDateTime", "2026-05-04T08:00:00Z").containsEntry("id",
                "https://plume.example/demo/platform/services/7/lineitems/" + item.id() + "/lineitem?type_id=1");
        assertThat(ports.serviceLog.last().status()).isEqualTo(201);
        assertThat(ports.serviceLog.last().outcome()).isEqualTo("line item " + item.id() + " created");
    }

    @Test
    void attachesTheColumnToAnActivityOfTheCourse() {
        long activity = ports.activities.insert("7", "Positionnement", null, null, Map.of(), null);

        create("{\"label\":\"Bonus\",\"scoreMaximum\":5,\"resourceLinkId\":\"" + activity + "\"}");

        assertThat(ports.lineItems.inCourse("7", null, activity, null)).singleElement()
                .satisfies(i -> assertThat(i.scoreMaximum()).isEqualByComparingTo(BigDecimal.valueOf(5)));
    }

    @Test
    void refusesWhatMoodleRefuses() {
        long elsewhere = ports.activities.insert("8", "Autre cours", null, null, Map.of(), null);

        assertRefused(() -> create(null), 400, "Empty body");
        assertRefused(() -> create("[1]"), 400, "Body is not a JSON object");
        assertRefused(() -> create("{\"label\":\"Sans maximum\"}"), 400, "No label or Score Maximum");
        assertRefused(() -> create("{\"label\":\"x\",\"scoreMaximum\":\"vingt\"}"), 400, "scoreMaximum is not a number");
        assertRefused(() -> create("{\"label\":\"x\",\"scoreMaximum\":10,\"ltiLinkId\":\"" + elsewhere + "\"}"), 403,
                "Invalid resourceLinkId for this course");
        assertRefused(() -> create.create("999", "{}", ports.grant(Scopes.LINEITEM), PATH), 404,
                "Not Found: Course 999 doesn't exist");
        assertThat(ports.lineItems.inCourse("7", null, null, null)).isEmpty();
    }
}
