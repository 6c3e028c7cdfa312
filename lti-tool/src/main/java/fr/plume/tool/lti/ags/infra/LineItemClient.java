package fr.plume.tool.lti.ags.infra;

import fr.plume.tool.lti.ags.domain.AgsEndpoints;
import fr.plume.tool.lti.ags.domain.AgsScopes;
import fr.plume.tool.lti.domain.TokenUnavailable;
import fr.plume.tool.lti.ags.domain.ClaimedGrade;
import fr.plume.tool.lti.ags.domain.DeliveryOutcome;
import fr.plume.tool.lti.ags.domain.AgsEndpoints.AgsLink;
import fr.plume.tool.lti.api.RegistrationView;
import fr.plume.tool.lti.infra.PlatformServiceClient;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The line item a grade goes to (AGS 2.0 §3.2): the one the launch named, else the one found in
 * the line items container by resource link and {@code resourceId} (paged by {@code rel="next"}),
 * else one created there when the launch granted the lineitem scope. What was found or created
 * is remembered per resource link.
 */
@Component
public class LineItemClient {

    static final String CONTAINER = "application/vnd.ims.lis.v2.lineitemcontainer+json";
    static final String LINE_ITEM = "application/vnd.ims.lis.v2.lineitem+json";
    private static final JsonMapper JSON = JsonMapper.builder().build();
    /** Guards against a platform whose pages point at each other forever. */
    private static final int MAX_PAGES = 100;

    /** Either the line item's URL or why there is none. */
    public record Resolution(URI lineItem, DeliveryOutcome failure) {
    }

    private final PlatformServiceClient call;
    private final AgsEndpoints endpoints;

    LineItemClient(PlatformServiceClient call, AgsEndpoints endpoints) {
        this.call = call;
        this.endpoints = endpoints;
    }

    public Resolution resolve(RegistrationView registration, AgsLink link, ClaimedGrade grade)
            throws IOException, TokenUnavailable {
        if (link.lineItemUrl() != null) {
            return new Resolution(URI.create(link.lineItemUrl()), null);
        }
        if (link.resolvedLineItemUrl() != null) {
            return new Resolution(URI.create(link.resolvedLineItemUrl()), null);
        }
        if (link.lineItemsUrl() == null) {
            return new Resolution(null, DeliveryOutcome.dead(0, "AGS-NO-LINEITEM: the launch named no line item "
                    + "and no line items container"));
        }
        List<String> scopes = AgsScopes.requested(link.scopes());
        Optional<URI> found = find(registration, scopes, link, grade);
        if (found.isEmpty()) {
            if (!link.scopes().contains(AgsScopes.LINEITEM)) {
                return new Resolution(null, DeliveryOutcome.dead(0, "AGS-LINEITEM-SCOPE: no line item for this "
                        + "link and the platform did not grant the lineitem scope to create one"));
            }
            Resolution created = create(registration, scopes, link, grade);
            if (created.failure() != null) {
                return created;
            }
            found = Optional.of(created.lineItem());
        }
        endpoints.resolved(link.memberId(), link.resourceLinkId(), found.get().toString());
        return new Resolution(found.get(), null);
    }

    private Optional<URI> find(RegistrationView registration, List<String> scopes, AgsLink link, ClaimedGrade grade)
            throws IOException, TokenUnavailable {
        Map<String, String> filters = new LinkedHashMap<>();
        filters.put("resource_link_id", grade.platformLinkId());
        if (grade.activityId() != null) {
            filters.put("resource_id", grade.activityId());
        }
        URI first = withQuery(URI.create(link.lineItemsUrl()), filters);
        return call.readPages(registration, scopes, first, CONTAINER, MAX_PAGES, "line items container", page -> {
            for (JsonNode item : JSON.readTree(page.body())) {
                // Filters are applied again here: not every platform honours them.
                boolean sameLink = grade.platformLinkId().equals(item.path("resourceLinkId").asString(null));
                boolean sameResource = grade.activityId() == null
                        || grade.activityId().equals(item.path("resourceId").asString(null));
                String id = item.path("id").asString(null);
                if (sameLink && sameResource && id != null) {
                    return Optional.of(URI.create(id));
                }
            }
            return Optional.empty();
        });
    }

    private Resolution create(RegistrationView registration, List<String> scopes, AgsLink link, ClaimedGrade grade)
            throws IOException, TokenUnavailable {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("scoreMaximum", grade.scoreMaximum());
        body.put("label", grade.linkTitle() == null || grade.linkTitle().isBlank() ? "Plume" : grade.linkTitle());
        body.put("resourceLinkId", grade.platformLinkId());
        if (grade.activityId() != null) {
            body.put("resourceId", grade.activityId());
        }
        body.put("tag", "plume-" + grade.mode().toLowerCase(java.util.Locale.ROOT));
        String json = JSON.writeValueAsString(body);
        HttpResponse<String> response = call.send(registration, scopes,
                () -> call.request(URI.create(link.lineItemsUrl())).header("Content-Type", LINE_ITEM)
                        .header("Accept", LINE_ITEM).POST(HttpRequest.BodyPublishers.ofString(json)));
        int status = response.statusCode();
        if (status == 200 || status == 201) {
            String id = JSON.readTree(response.body()).path("id").asString(null);
            if (id != null) {
                return new Resolution(URI.create(id), null);
            }
            return new Resolution(null, DeliveryOutcome.retry(status, "created line item has no id"));
        }
        DeliveryOutcome outcome = DeliveryOutcome.ofScoreResponse(status, response.body());
        return new Resolution(null, outcome.kind() == DeliveryOutcome.Kind.RETRY ? outcome
                : DeliveryOutcome.dead(status, "line item creation refused: HTTP " + status
                        + DeliveryOutcome.excerpt(response.body())));
    }

    /** Adds parameters to a URL that may already carry a query (Moodle's ?type_id=…). */
    static URI withQuery(URI base, Map<String, String> params) {
        StringBuilder query = new StringBuilder(base.getRawQuery() == null ? "" : base.getRawQuery());
        params.forEach((k, v) -> {
            if (!query.isEmpty()) {
                query.append('&');
            }
            query.append(URLEncoder.encode(k, StandardCharsets.UTF_8)).append('=')
                    .append(URLEncoder.encode(v, StandardCharsets.UTF_8));
        });
        String s = base.toString();
        int q = s.indexOf('?');
        int hash = s.indexOf('#');
        String path = q >= 0 ? s.substring(0, q) : (hash >= 0 ? s.substring(0, hash) : s);
        return URI.create(path + "?" + query);
    }

    /** The scores endpoint of a line item: {@code /scores} appended to its path (AGS 2.0 §3.4). */
    public static URI scoresOf(URI lineItem) {
        String s = lineItem.toString();
        int q = s.indexOf('?');
        String path = q >= 0 ? s.substring(0, q) : s;
        String query = q >= 0 ? s.substring(q) : "";
        return URI.create((path.endsWith("/") ? path.substring(0, path.length() - 1) : path) + "/scores" + query);
    }
}
