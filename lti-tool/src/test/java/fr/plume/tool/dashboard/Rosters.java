package fr.plume.tool.dashboard;

import java.util.List;
import java.util.stream.Collectors;

/** NRPS membership containers as platforms send them, for WireMock. */
public final class Rosters {

    private Rosters() {
    }

    /** One member; {@code groups} non-empty adds the NRPS groups extension's group_enrollments. */
    public record Person(String sub, String given, String family, String role, List<String> groups) {

        public static Person learner(String sub, String given, String family) {
            return new Person(sub, given, family, "Learner", List.of());
        }

        public Person inGroups(String... ids) {
            return new Person(sub, given, family, role, List.of(ids));
        }
    }

    /**
     * Shaped like Moodle 4.x's memberships service (mod/lti/service/memberships): short role names,
     * status Active, names and e-mail when the tool may receive them, and no group data at all.
     */
    public static String moodle(List<Person> people) {
        return container(people.stream().map(p -> "{\"status\":\"Active\",\"roles\":[\"" + p.role() + "\"],"
                + "\"user_id\":\"" + p.sub() + "\",\"lis_person_sourcedid\":\"\",\"name\":\"" + p.given() + " "
                + p.family() + "\",\"given_name\":\"" + p.given() + "\",\"family_name\":\"" + p.family()
                + "\",\"email\":\"" + p.sub() + "@example.org\"" + groups(p) + "}").collect(Collectors.joining(",")));
    }

    private static String groups(Person p) {
        if (p.groups().isEmpty()) {
            return "";
        }
        return ",\"group_enrollments\":[" + p.groups().stream().map(g -> "{\"group_id\":\"" + g + "\"}")
                .collect(Collectors.joining(",")) + "]";
    }

    private static String container(String members) {
        return "{\"id\":\"https://moodle.test/mod/lti/services.php/CourseSection/2/bindings/1/memberships\","
                + "\"context\":{\"id\":\"2\",\"label\":\"FLE\",\"title\":\"Français écrit\"},\"members\":[" + members
                + "]}";
    }
}
