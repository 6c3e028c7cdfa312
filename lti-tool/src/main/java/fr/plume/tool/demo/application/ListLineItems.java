package fr.plume.tool.demo.application;

import fr.plume.tool.demo.domain.AccessGrant;
import fr.plume.tool.demo.domain.DemoPlatform;
import fr.plume.tool.demo.domain.LineItem;
import fr.plume.tool.demo.domain.LineItemJson;
import fr.plume.tool.demo.domain.LineItems;
import fr.plume.tool.demo.domain.MoodleLinkHeader;
import fr.plume.tool.demo.domain.Paging;
import fr.plume.tool.demo.domain.PlatformEndpoints;
import fr.plume.tool.demo.domain.ServiceLog;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * The tool lists the course's gradebook columns (AGS 2.0 §3.2) as Moodle's gradebookservices
 * lineitems resource answers: filtered, paged with {@code limit}/{@code from} and Moodle's Link
 * header.
 */
@Component
@Profile("demo")
public class ListLineItems {

    /** The query's filters and paging, as received (null when absent). */
    public record Query(String resourceId, String resourceLinkId, String ltiLinkId, String tag, String limit,
            String from) {
    }

    /** The line items of the page, and Moodle's Link header when the request was paged. */
    public record Page(List<Map<String, Object>> items, Optional<String> link) {
    }

    private final LineItems lineItems;
    private final ServiceLog log;
    private final DemoPlatform platform;

    public ListLineItems(LineItems lineItems, ServiceLog log, DemoPlatform platform) {
        this.lineItems = lineItems;
        this.log = log;
        this.platform = platform;
    }

    /** @param path the request's path and query, for the service log */
    public Page list(String courseId, Query query, AccessGrant grant, String path) {
        ServiceChecks.requireCourse(courseId);
        String link = query.resourceLinkId() != null ? query.resourceLinkId() : query.ltiLinkId();
        Long activity = link == null ? null : ServiceChecks.parseId(link).orElse(-1L);
        List<LineItem> all = lineItems.inCourse(courseId, query.resourceId(), activity, query.tag());
        Paging paging = new Paging(Paging.parse(query.limit()), Paging.parse(query.from()));
        PlatformEndpoints endpoints = platform.endpoints();
        List<Map<String, Object>> page = paging.slice(all).stream().map(i -> LineItemJson.of(i, endpoints)).toList();
        List<String[]> filters = new ArrayList<>();
        if (query.resourceId() != null) {
            filters.add(new String[] {"resource_id", query.resourceId()});
        }
        if (link != null) {
            filters.add(new String[] {"resource_link_id", link});
        }
        if (query.tag() != null) {
            filters.add(new String[] {"tag", query.tag()});
        }
        Optional<String> header = MoodleLinkHeader.forLineItems(endpoints.lineItemsPath(courseId), filters,
                DemoPlatform.DEPLOYMENT_ID, paging, all.size());
        log.record("GET", path, grant.clientId(), 200, null, page.size() + " of " + all.size() + " line items");
        return new Page(page, header);
    }
}
