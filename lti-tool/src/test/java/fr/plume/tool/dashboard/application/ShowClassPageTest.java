package fr.plume.tool.dashboard.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.plume.tool.identity.api.Members;
import fr.plume.tool.lti.api.LaunchContext;
import fr.plume.tool.lti.api.LaunchDescriptions;
import fr.plume.tool.lti.api.LaunchDescriptions.LaunchDescription;
import fr.plume.tool.lti.api.LtiClaims;
import fr.plume.tool.lti.api.LtiRole;
import fr.plume.tool.lti.support.FixedCurrentLaunch;
import fr.plume.tool.shared.domain.PlumeProblemException;
import fr.plume.tool.support.InMemoryMembers;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The class page: for the teaching team of the course the launch came from only, with who and what launched. */
class ShowClassPageTest {

    private final FixedCurrentLaunch currentLaunch = new FixedCurrentLaunch();
    private final InMemoryMembers members = new InMemoryMembers();
    private final Members.Member member = members.ensure("uni-a", "Université A");
    private final LaunchDescriptions descriptions = launch -> launch.memberId().equals(member.id())
            ? new LaunchDescription("Ada Lovelace", "Français écrit", "Diagnostic")
            : new LaunchDescription(null, null, null);
    private final ShowClassPage showClassPage = new ShowClassPage(currentLaunch, descriptions, members);

    private LaunchContext launch(UUID contextId, LtiRole... roles) {
        return new LaunchContext(member.id(), UUID.randomUUID(), UUID.randomUUID(), contextId, UUID.randomUUID(),
                LtiClaims.RESOURCE_LINK_REQUEST, Set.of(roles), null, null, Map.of(), null);
    }

    @Test
    void theTeacherSeesTheClassPageOfTheirCourse() {
        UUID course = UUID.randomUUID();
        LaunchContext teacher = launch(course, LtiRole.INSTRUCTOR);
        currentLaunch.set(teacher);

        ShowClassPage.ClassPage page = showClassPage.ofCourse(course);

        assertThat(page.launch()).isEqualTo(teacher);
        assertThat(page.description()).isEqualTo(new LaunchDescription("Ada Lovelace", "Français écrit", "Diagnostic"));
        assertThat(page.memberName()).isEqualTo("Université A");
    }

    @Test
    void aTeachingAssistantIsOfTheTeachingTeam() {
        UUID course = UUID.randomUUID();
        currentLaunch.set(launch(course, LtiRole.TEACHING_ASSISTANT));

        assertThat(showClassPage.ofCourse(course).memberName()).isEqualTo("Université A");
    }

    @Test
    void anotherCoursesPageIsForbidden() {
        currentLaunch.set(launch(UUID.randomUUID(), LtiRole.INSTRUCTOR));

        assertProblem(() -> showClassPage.ofCourse(UUID.randomUUID()), "LTI-ROLE-FORBIDDEN", 403);
    }

    @Test
    void learnersAndAdministratorsWithoutACourseRoleAreRefused() {
        UUID course = UUID.randomUUID();
        for (LtiRole role : new LtiRole[] {LtiRole.LEARNER, LtiRole.ADMINISTRATOR, LtiRole.CONTENT_DEVELOPER}) {
            currentLaunch.set(launch(course, role));
            assertProblem(() -> showClassPage.ofCourse(course), "LTI-ROLE-FORBIDDEN", 403);
            assertProblem(showClassPage::withoutCourse, "LTI-ROLE-FORBIDDEN", 403);
        }
    }

    @Test
    void aTeacherLaunchWithoutCourseHasItsOwnPage() {
        LaunchContext teacher = launch(null, LtiRole.INSTRUCTOR);
        currentLaunch.set(teacher);

        ShowClassPage.ClassPage page = showClassPage.withoutCourse();

        assertThat(page.launch()).isEqualTo(teacher);
        assertThat(page.description().displayName()).isEqualTo("Ada Lovelace");
    }

    @Test
    void withoutALaunchThePageAsksToRelaunch() {
        assertProblem(() -> showClassPage.ofCourse(UUID.randomUUID()), "LTI-SESSION-MISSING", 401);
        assertProblem(showClassPage::withoutCourse, "LTI-SESSION-MISSING", 401);
    }

    @Test
    void anUnknownMemberLeavesTheMemberNameOut() {
        LaunchContext orphan = new LaunchContext(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), null, null,
                LtiClaims.RESOURCE_LINK_REQUEST, Set.of(LtiRole.INSTRUCTOR), null, null, Map.of(), null);
        currentLaunch.set(orphan);

        assertThat(showClassPage.withoutCourse().memberName()).isNull();
    }

    private static void assertProblem(Runnable call, String code, int status) {
        assertThatThrownBy(call::run).isInstanceOfSatisfying(PlumeProblemException.class, e -> {
            assertThat(e.code()).isEqualTo(code);
            assertThat(e.status()).isEqualTo(status);
        });
    }
}
