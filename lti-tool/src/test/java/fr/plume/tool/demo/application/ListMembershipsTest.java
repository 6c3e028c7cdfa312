package fr.plume.tool.demo.application;

import static fr.plume.tool.demo.application.ServiceRefusals.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

import fr.plume.tool.demo.domain.Scopes;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ListMembershipsTest {

    private static final String ENDPOINT =
            "https://plume.example/demo/platform/services/CourseSection/7/bindings/1/memberships";

    private final DemoPorts ports = new DemoPorts();
    private final ListMemberships memberships = new ListMemberships(ports.serviceLog, ports.platform);

    private ListMemberships.Page list(String role, String limit, String from) {
        return memberships.list("7", "1", role, limit, from, ports.grant(Scopes.MEMBERSHIPS), "/memberships");
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> members(ListMemberships.Page page) {
        return (List<Map<String, Object>>) page.body().get("members");
    }

    @Test
    @SuppressWarnings("unchecked")
    void listsActiveEnrolmentsWithShortRolesNamesAndEmail() {
        ListMemberships.Page page = list(null, null, null);

        assertThat(page.body()).containsEntry("id", ENDPOINT);
        assertThat((Map<String, Object>) page.body().get("context")).containsEntry("id", "7")
                .containsEntry("label", "FR-ECRIT-L1-DEMO");
        assertThat(members(page)).extracting(m -> m.get("user_id")).containsExactly("201", "202", "203", "101", "102");
        assertThat(members(page).get(0)).containsEntry("status", "Active").containsEntry("roles", List.of("Learner"))
                .containsEntry("lis_person_sourcedid", "demo-201").containsEntry("name", "Camille Martin")
                .containsEntry("email", "camille.martin@etu.univ-demo.example");
        assertThat(page.link()).isEmpty();
        assertThat(ports.serviceLog.last().outcome()).isEqualTo("5 of 5 members");
    }

    @Test
    void studentsCarryTheirGroupsAsTheNrpsGroupsExtensionSendsThemAndTeachersNone() {
        List<Map<String, Object>> members = members(list(null, null, null));

        assertThat(members.get(0)).containsEntry("group_enrollments", List.of(Map.of("group_id", "TD 1")));
        assertThat(members.get(2)).containsEntry("group_enrollments", List.of(Map.of("group_id", "TD 2")));
        assertThat(members.get(3)).doesNotContainKey("group_enrollments");
    }

    @Test
    void filtersByRoleGivenAsShortNameOrUri() {
        assertThat(members(list("Instructor", null, null))).extracting(m -> m.get("user_id")).containsExactly("101", "102");
        assertThat(members(list("http://purl.imsglobal.org/vocab/lis/v2/membership#Learner", null, null))).hasSize(3);
    }

    @Test
    void pagesWithARelNextLink() {
        ListMemberships.Page page = list(null, "2", "2");

        assertThat(members(page)).extracting(m -> m.get("user_id")).containsExactly("203", "101");
        assertThat(page.link()).hasValue("<" + ENDPOINT + "?limit=2&from=4>; rel=\"next\"");
        assertThat(list(null, "2", "4").link()).isEmpty();
    }

    @Test
    void anotherBindingOrCourseIsNotFound() {
        assertRefused(() -> memberships.list("7", "2", null, null, null, ports.grant(Scopes.MEMBERSHIPS), "/m"), 404,
                "Not Found: unknown tool binding 2");
        assertRefused(() -> memberships.list("8", "1", null, null, null, ports.grant(Scopes.MEMBERSHIPS), "/m"), 404,
                "Not Found: Course 8 doesn't exist");
    }
}
