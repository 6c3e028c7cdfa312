package fr.plume.tool.demo.application;

import static fr.plume.tool.demo.application.ServiceRefusals.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

import fr.plume.tool.demo.domain.Scopes;
import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ListLineItemsTest {

    private static final String PATH = "/demo/platform/services/7/lineitems?type_id=1";

    private final DemoPorts ports = new DemoPorts();
    private final ListLineItems list = new ListLineItems(ports.lineItems, ports.serviceLog, ports.platform);
    private final long activity = ports.activities.insert("7", "Positionnement", null, null, Map.of(), null);

    private ListLineItems.Page list(String resourceId, String resourceLinkId, String tag, String limit, String from) {
        return list.list("7", new ListLineItems.Query(resourceId, resourceLinkId, null, tag, limit, from),
                ports.grant(Scopes.LINEITEM_READONLY), PATH);
    }

    @Test
    void listsTheCoursesColumnsAsMoodleWritesThem() {
        ports.lineItems.insert("7", "Positionnement", new BigDecimal("100"), null, null, activity, true);
        ports.lineItems.insert("7", "Module 1", new BigDecimal("20"), "module-1", "oral", null, false);
        ports.lineItems.insert("8", "Autre cours", BigDecimal.TEN, null, null, null, false);

        ListLineItems.Page page = list(null, null, null, null, null);

        assertThat(page.items()).extracting(i -> i.get("label")).containsExactly("Positionnement", "Module 1");
        assertThat(page.items().get(0)).containsEntry("resourceLinkId", String.valueOf(activity))
                .containsEntry("tag", "").doesNotContainKey("resourceId");
        assertThat(page.items().get(1)).containsEntry("resourceId", "module-1").containsEntry("tag", "oral")
                .containsEntry("scoreMaximum", 20.0)
                .containsEntry("id", "https://plume.example/demo/platform/services/7/lineitems/101/lineitem?type_id=1");
        assertThat(page.link()).isEmpty();
        assertThat(ports.serviceLog.last().outcome()).isEqualTo("2 of 2 line items");
        assertThat(ports.serviceLog.last().path()).isEqualTo(PATH);
    }

    @Test
    void filtersByResourceLinkResourceAndTag() {
        ports.lineItems.insert("7", "Positionnement", new BigDecimal("100"), null, null, activity, true);
        ports.lineItems.insert("7", "Module 1", new BigDecimal("20"), "module-1", "oral", null, false);

        assertThat(list(null, String.valueOf(activity), null, null, null).items()).hasSize(1);
        assertThat(list(null, "not-a-number", null, null, null).items()).isEmpty();
        assertThat(list("module-1", null, null, null, null).items()).extracting(i -> i.get("label"))
                .containsExactly("Module 1");
        assertThat(list(null, null, "oral", null, null).items()).hasSize(1);
    }

    @Test
    void pagesWithMoodlesLinkHeader() {
        for (int i = 1; i <= 3; i++) {
            ports.lineItems.insert("7", "Module " + i, BigDecimal.TEN, null, "paging", null, false);
        }

        ListLineItems.Page first = list(null, null, "paging", "2", null);

        assertThat(first.items()).hasSize(2);
        assertThat(first.link()).hasValueSatisfying(link -> assertThat(link)
                .contains("tag=paging&amp;type_id=1&amp;limit=2&amp;from=2>; rel=\u201Cnext\u201D"));
        assertThat(ports.serviceLog.last().outcome()).isEqualTo("2 of 3 line items");
    }

    @Test
    void anUnknownCourseIsNotFound() {
        assertRefused(() -> list.list("999", new ListLineItems.Query(null, null, null, null, null, null),
                ports.grant(Scopes.LINEITEM), PATH), 404, "Not Found: Course 999 doesn't exist");
    }
}
