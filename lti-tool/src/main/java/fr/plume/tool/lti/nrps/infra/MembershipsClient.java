package fr.plume.tool.lti.nrps.infra;

import fr.plume.tool.lti.domain.TokenUnavailable;
import fr.plume.tool.lti.nrps.domain.PlatformMemberships;
import fr.plume.tool.lti.ags.domain.AgsScopes;
import fr.plume.tool.lti.infra.PlatformServiceClient;
import fr.plume.tool.lti.api.RegistrationView;
import fr.plume.tool.lti.nrps.domain.Rosters.RosterEntry;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads a context's memberships (LTI NRPS 2.0 §2), following {@code rel="next"} pages
 * (§2.4.1). Moodle sends short role names ("Learner") and lists only active members; a member
 * without status is Active (§2.3).
 */
@Component
public class MembershipsClient implements PlatformMemberships {

    static final String CONTAINER = "application/vnd.ims.lti-nrps.v2.membershipcontainer+json";
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final int MAX_PAGES = 200;
    private static final int MAX_GROUPS = 50;
    private static final List<String> SCOPES = List.of(AgsScopes.NRPS);

    private final PlatformServiceClient call;

    MembershipsClient(PlatformServiceClient call) {
        this.call = call;
    }

    @Override
    public List<RosterEntry> fetch(RegistrationView registration, URI memberships)
            throws IOException, TokenUnavailable {
        Map<String, RosterEntry> members = new LinkedHashMap<>();
        call.readPages(registration, SCOPES, memberships, CONTAINER, MAX_PAGES, "memberships", page -> {
            for (JsonNode m : JSON.readTree(page.body()).path("members")) {
                String subject = m.path("user_id").asString(null);
                if (subject == null || subject.isBlank()) {
                    continue;
                }
                List<String> roles = new ArrayList<>();
                for (JsonNode r : m.path("roles")) {
                    roles.add(r.asString());
                }
                members.put(subject, new RosterEntry(subject, text(m, "name", 400), text(m, "given_name", 200),
                        text(m, "family_name", 200), text(m, "email", 320), roles,
                        m.path("status").asString("Active"), groups(m)));
            }
            return Optional.empty();
        });
        return List.copyOf(members.values());
    }

    /**
     * The member's groups from the NRPS groups extension ({@code group_enrollments[].group_id}, as the
     * 1EdTech course groups draft and some platforms send it). Moodle's NRPS (mod/lti memberships
     * service, 4.x) sends no group data at all, so its rosters have none.
     */
    private static List<String> groups(JsonNode member) {
        List<String> groups = new ArrayList<>();
        for (JsonNode g : member.path("group_enrollments")) {
            String id = g.path("group_id").asString(null);
            if (id != null && !id.isBlank() && groups.size() < MAX_GROUPS) {
                groups.add(id.length() <= 100 ? id : id.substring(0, 100));
            }
        }
        return groups;
    }

    private static String text(JsonNode node, String field, int max) {
        String value = node.path(field).asString(null);
        if (value == null || value.isBlank()) {
            return null;
        }
        return value.length() <= max ? value : value.substring(0, max);
    }
}
