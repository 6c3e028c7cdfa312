package fr.plume.tool.demo.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The {@code Link} header Moodle's lineitems resource sends with a paged GET, reproduced
 * faithfully, quirks included: the relation names are wrapped in typographic quotes
 * (U+201C/U+201D) and the URLs come from {@code moodle_url::out()}, which escapes {@code &} as
 * {@code &amp;}. DESIGN §5 asks tools to parse these defensively; the demo lets them prove it.
 */
public final class MoodleLinkHeader {

    private MoodleLinkHeader() {
    }

    /**
     * @param endpoint  the lineitems URL without query
     * @param filters   query parameters already applied (resource_id, resource_link_id, tag), in order
     * @param typeId    Moodle's tool type id (our deployment id)
     */
    public static Optional<String> forLineItems(String endpoint, List<String[]> filters, String typeId, Paging paging,
            int total) {
        if (!paging.paged()) {
            return Optional.empty();
        }
        int limit = paging.limit();
        int current = paging.from();
        boolean outOfRange = current >= total;
        int previous = Math.max(current - limit, 0);
        int last = Math.max(total - limit + 1, 0);
        int next = current + limit;
        List<String[]> params = new ArrayList<>(filters);
        params.add(new String[] {"type_id", typeId});
        params.add(new String[] {"limit", String.valueOf(limit)});
        StringBuilder header = new StringBuilder();
        header.append('<').append(url(endpoint, params, 0)).append(">; rel=\u201Cfirst\u201D");
        if (current > 0 && !outOfRange) {
            header.append(", <").append(url(endpoint, params, previous)).append(">; rel=\u201Cprev\u201D");
        }
        header.append(", <").append(url(endpoint, params, current)).append(">; rel=\u201Ccanonical\u201D");
        if (next <= total - 1 && !outOfRange) {
            header.append(", <").append(url(endpoint, params, next)).append(">; rel=\u201Cnext\u201D");
        }
        header.append(", <").append(url(endpoint, params, last)).append(">; rel=\u201Clast\u201D");
        return Optional.of(header.toString());
    }

    private static String url(String endpoint, List<String[]> params, int from) {
        StringBuilder url = new StringBuilder(endpoint);
        char separator = '?';
        for (String[] param : params) {
            url.append(separator).append(encode(param[0])).append('=').append(encode(param[1]));
            separator = '&';
        }
        url.append(separator).append("from=").append(from);
        return url.toString().replace("&", "&amp;");
    }

    private static String encode(String value) {
        return java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8);
    }
}
