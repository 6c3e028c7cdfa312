package fr.plume.tool.dashboard.domain;

import static org.assertj.core.api.Assertions.assertThat;

import fr.plume.tool.assessment.api.ClassResults.ActivityProgress;
import fr.plume.tool.assessment.api.ClassResults.AttemptOutcome;
import fr.plume.tool.assessment.api.ClassResults.CompetencyEstimate;
import fr.plume.tool.lti.api.CourseDirectory.Launcher;
import fr.plume.tool.lti.api.LtiRole;
import fr.plume.tool.lti.api.Roster;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The class from the platform's roster and the tool's launches, one person once, with their results. */
class ClassMembersTest {

    private final UUID alice = UUID.randomUUID();
    private final UUID dave = UUID.randomUUID();
    private final UUID teacher = UUID.randomUUID();
    private final UUID diag = UUID.randomUUID();
    private final UUID practice = UUID.randomUUID();
    private final Instant t = Instant.parse("2026-11-02T10:00:00Z");

    private Roster.Member member(String sub, UUID user, String name, LtiRole role, List<String> groups) {
        return new Roster.Member(sub, user, name, null, null, null, Set.of(role), "Active", groups);
    }

    private Launcher launcher(UUID user, String sub, String name, LtiRole role) {
        return new Launcher(user, sub, name, null, null, Set.of(role), t);
    }

    @Test
    void mergesTheRosterAndTheLaunchesWithoutDuplicatesAndLeavesTheTeachingTeamOut() {
        List<ClassStudent> students = ClassMembers.merge(new ClassMembers.Sources(
                List.of(member("a", alice, "Alice Martin", LtiRole.LEARNER, List.of("TD 1")),
                        member("c", null, "Chloé Roux", LtiRole.LEARNER, List.of()),
                        member("t", teacher, "Prof Durand", LtiRole.INSTRUCTOR, List.of())),
                List.of(launcher(alice, "a", "Alice M.", LtiRole.LEARNER), launcher(dave, "d", "David Zola", LtiRole.LEARNER),
                        launcher(teacher, "t", "Prof Durand", LtiRole.INSTRUCTOR)),
                List.of(), List.of(), List.of()));

        assertThat(students).extracting(ClassStudent::displayName)
                .containsExactly("Alice Martin", "Chloé Roux", "David Zola");
        assertThat(students.get(0).inRoster()).isTrue();
        assertThat(students.get(0).groups()).containsExactly("TD 1");
        assertThat(students.get(1).key()).isEqualTo("sub:c");
        assertThat(students.get(2).inRoster()).isFalse();
        assertThat(students.get(2).lastActivity()).isEqualTo(t);
    }

    @Test
    void statusPerActivityLatestLevelsAndTheDistribution() {
        List<ClassStudent> students = ClassMembers.merge(new ClassMembers.Sources(
                List.of(member("a", alice, "Alice", LtiRole.LEARNER, List.of()),
                        member("d", dave, "Dave", LtiRole.LEARNER, List.of())),
                List.of(),
                List.of(new ActivityProgress(alice, diag, 1, 1, false, t),
                        new ActivityProgress(alice, practice, 2, 0, true, t.plusSeconds(60)),
                        new ActivityProgress(dave, diag, 1, 0, true, t)),
                List.of(new CompetencyEstimate(alice, "1.1", 3, "INDICATIVE", 0.9, "DIAGNOSTIC", diag, t)),
                List.of(new AttemptOutcome(alice, UUID.randomUUID(), diag, "DIAGNOSTIC", 2, t),
                        new AttemptOutcome(alice, UUID.randomUUID(), practice, "FORMATIVE", 4, t.plusSeconds(60)))));

        ClassStudent a = students.get(0);
        assertThat(a.status(diag)).isEqualTo(ActivityStatus.DONE);
        assertThat(a.status(practice)).isEqualTo(ActivityStatus.IN_PROGRESS);
        assertThat(a.status(UUID.randomUUID())).isEqualTo(ActivityStatus.NOT_STARTED);
        assertThat(a.lastActivity()).isEqualTo(t.plusSeconds(60));
        assertThat(a.level("1.1").indicative()).isTrue();
        assertThat(a.globalLevel()).as("the latest outcome").isEqualTo(4);
        assertThat(a.levelIn("DIAGNOSTIC")).isEqualTo(2);
        assertThat(students.get(1).status(diag)).isEqualTo(ActivityStatus.IN_PROGRESS);
        assertThat(ClassMembers.distribution(students)).containsExactly(1, 0, 0, 0, 1, 0, 0);
        assertThat(ClassMembers.progress(students)).extracting(ModeProgress::students).containsExactly(1, 1, 0);
    }

    @Test
    void filtersKeepAGroupAndTheStudentsWhoStartedAnActivity() {
        ClassStudent inTd1 = new ClassStudent("1", alice, "A", "a", List.of("TD 1"), true,
                java.util.Map.of(diag, ActivityStatus.IN_PROGRESS), null, java.util.Map.of(), null, java.util.Map.of());
        ClassStudent inTd2 = new ClassStudent("2", dave, "D", "d", List.of("TD 2"), true, java.util.Map.of(), null,
                java.util.Map.of(), null, java.util.Map.of());

        assertThat(new ClassFilter("TD 1", null).keeps(inTd1)).isTrue();
        assertThat(new ClassFilter("TD 1", null).keeps(inTd2)).isFalse();
        assertThat(new ClassFilter(null, diag).keeps(inTd1)).isTrue();
        assertThat(new ClassFilter(null, diag).keeps(inTd2)).isFalse();
        assertThat(new ClassFilter(" ", null).keeps(inTd2)).as("a blank group filters nothing").isTrue();
    }
}
