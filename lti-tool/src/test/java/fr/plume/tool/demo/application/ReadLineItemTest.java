package fr.plume.tool.demo.application;

import static fr.plume.tool.demo.application.ServiceRefusals.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

import fr.plume.tool.demo.domain.LineItem;
import fr.plume.tool.demo.domain.Scopes;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class ReadLineItemTest {

    private final DemoPorts ports = new DemoPorts();
    private final ReadLineItem read = new ReadLineItem(ports.lineItems, ports.serviceLog, ports.platform);
    private final LineItem item = ports.lineItems.insert("7", "Module 1", new BigDecimal("20"), "m1", "t", null, false);

    @Test
    void readsOneColumnOfTheCourse() {
        assertThat(read.read("7", " " + item.id() + " ", ports.grant(Scopes.LINEITEM_READONLY), "/p"))
                .containsEntry("label", "Module 1").containsEntry("resourceId", "m1").containsEntry("scoreMaximum", 20.0);
        assertThat(ports.serviceLog.last().outcome()).isEqualTo("line item " + item.id());
    }

    @Test
    void anotherCoursesColumnOrAWrongIdIsNotFound() {
        LineItem elsewhere = ports.lineItems.insert("8", "Autre", BigDecimal.ONE, null, null, null, false);

        assertRefused(() -> read.read("7", String.valueOf(elsewhere.id()), ports.grant(Scopes.LINEITEM), "/p"), 404,
                "Not Found: Grade item " + elsewhere.id() + " doesn't exist");
        assertRefused(() -> read.read("7", "abc", ports.grant(Scopes.LINEITEM), "/p"), 404,
                "Not Found: Grade item abc doesn't exist");
    }
}
