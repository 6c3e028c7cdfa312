package fr.plume.tool.demo.domain;

import java.util.List;
import java.util.Optional;

/** The fixed people and course of the demo platform. */
public final class DemoCatalogue {

    /** The consortium member the demo platform and its launches belong to. */
    public static final String MEMBER_CODE = "demo";
    public static final String MEMBER_NAME = "Université de démonstration";

    public static final DemoCourse COURSE =
            new DemoCourse("7", "FR-ECRIT-L1-DEMO", "Français écrit — L1, groupe démo", "FRECRIT-L1-2026-DEMO");

    public static final List<DemoUser> USERS = List.of(
            new DemoUser("201", "Camille", "Martin", "camille.martin@etu.univ-demo.example", "cmartin",
                    DemoRole.STUDENT, true, 0),
            new DemoUser("202", "Yanis", "Benali", "yanis.benali@etu.univ-demo.example", "ybenali",
                    DemoRole.STUDENT, true, 33),
            new DemoUser("203", "Léa", "Nguyen", "lea.nguyen@etu.univ-demo.example", "lnguyen",
                    DemoRole.STUDENT, true, 0),
            new DemoUser("204", "Hugo", "Lefèvre", "hugo.lefevre@etu.univ-demo.example", "hlefevre",
                    DemoRole.STUDENT, false, 0),
            new DemoUser("101", "Sophie", "Durand", "sophie.durand@univ-demo.example", "sdurand",
                    DemoRole.TEACHER, true, 0),
            new DemoUser("102", "Julien", "Moreau", "julien.moreau@univ-demo.example", "jmoreau",
                    DemoRole.AUTHOR, true, 0),
            new DemoUser("103", "Nadia", "Haddad", "nadia.haddad@univ-demo.example", "nhaddad",
                    DemoRole.OFFICER, true, 0));

    /** The course groups (tutorial groups) of the demo course, by platform user id. */
    private static final java.util.Map<String, List<String>> GROUPS = java.util.Map.of(
            "201", List.of("TD 1"), "202", List.of("TD 1"), "203", List.of("TD 2"), "204", List.of("TD 2"));

    private DemoCatalogue() {
    }

    /** The groups {@code userId} belongs to in the demo course (none for the teaching team). */
    public static List<String> groupsOf(String userId) {
        return GROUPS.getOrDefault(userId, List.of());
    }

    public static Optional<DemoUser> user(String id) {
        return USERS.stream().filter(u -> u.id().equals(id)).findFirst();
    }

    public static Optional<DemoCourse> course(String id) {
        return COURSE.id().equals(id) ? Optional.of(COURSE) : Optional.empty();
    }

    /** Active enrolments of the course in enrolment order, as Moodle's get_enrolled_users(onlyactive). */
    public static List<DemoUser> activeMembers(String courseId) {
        if (!COURSE.id().equals(courseId)) {
            return List.of();
        }
        return USERS.stream().filter(u -> u.active() && u.role().enrolled()).toList();
    }

    public static boolean gradableIn(String courseId, String userId) {
        return COURSE.id().equals(courseId) && user(userId).map(DemoUser::gradable).orElse(false);
    }
}
