package fr.plume.tool.demo.application;

import fr.plume.tool.demo.domain.AccessGrant;
import fr.plume.tool.demo.domain.DemoPlatform;
import fr.plume.tool.demo.domain.LineItem;
import fr.plume.tool.demo.domain.LineItemJson;
import fr.plume.tool.demo.domain.LineItems;
import fr.plume.tool.demo.domain.ServiceLog;
import java.util.Map;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/** The tool reads one gradebook column (AGS 2.0 §3.2; Moodle's lineitem GET). */
@Component
@Profile("demo")
public class ReadLineItem {

    private final LineItems lineItems;
    private final ServiceLog log;
    private final DemoPlatform platform;

    public ReadLineItem(LineItems lineItems, ServiceLog log, DemoPlatform platform) {
        this.lineItems = lineItems;
        this.log = log;
        this.platform = platform;
    }

    public Map<String, Object> read(String courseId, String itemId, AccessGrant grant, String path) {
        ServiceChecks.requireCourse(courseId);
        LineItem item = ServiceChecks.parseId(itemId).flatMap(id -> lineItems.find(courseId, id))
                .orElseThrow(() -> ServiceChecks.noSuchLineItem(itemId));
        log.record("GET", path, grant.clientId(), 200, null, "line item " + item.id());
        return LineItemJson.of(item, platform.endpoints());
    }
}
