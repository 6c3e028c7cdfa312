package fr.plume.tool.sync.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.plume.sync.catalogue.CompetencyRating.RatingOrigin;
import fr.plume.tool.lti.api.LaunchContext;
import fr.plume.tool.lti.api.LaunchDirectory;
import fr.plume.tool.lti.api.LaunchDirectory.PlatformContext;
import fr.plume.tool.lti.api.LtiRole;
import fr.plume.tool.shared.domain.PlumeProblemException;
import fr.plume.tool.sync.domain.RatingPreference;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ChooseCourseRatingsTest {

    private static final UUID MEMBER = UUID.randomUUID();
    private static final UUID COURSE = UUID.randomUUID();

    private final SyncPorts.MemoryPreferences preferences = new SyncPorts.MemoryPreferences();
    private final ChooseCourseRatings choose = new ChooseCourseRatings(preferences, courses(),
            Clock.fixed(Instant.parse("2026-03-02T10:00:00Z"), ZoneOffset.UTC));

    /** A directory that knows one course of the member. */
    static LaunchDirectory courses() {
        return new LaunchDirectory() {
            @Override
            public Optional<PlatformContext> context(UUID memberId, UUID contextId) {
                return memberId.equals(MEMBER) && contextId.equals(COURSE)
                        ? Optional.of(new PlatformContext(COURSE, "https://moodle.example.org", "42", "FLE 42"))
                        : Optional.empty();
            }

            @Override
            public Map<UUID, String> subjects(UUID memberId, String issuer, Collection<UUID> userIds) {
                return Map.of();
            }
        };
    }

    private static LaunchContext launch(UUID contextId, LtiRole role) {
        return new LaunchContext(MEMBER, UUID.randomUUID(), UUID.randomUUID(), contextId, UUID.randomUUID(),
                "LtiResourceLinkRequest", Set.of(role), null, null, Map.of(), null);
    }

    @Test
    void aTeacherOfTheCourseTurnsRatingsOnForTheResultsTheyChoose() {
        LaunchContext teacher = launch(COURSE, LtiRole.INSTRUCTOR);
        assertThat(choose.current(teacher, COURSE).preference()).isEqualTo(RatingPreference.off(COURSE));

        choose.choose(teacher, COURSE, true, Set.of(RatingOrigin.CERTIFICATION));

        ChooseCourseRatings.CourseChoice now = choose.current(teacher, COURSE);
        assertThat(now.course().title()).isEqualTo("FLE 42");
        assertThat(now.preference().pushes(RatingOrigin.CERTIFICATION)).isTrue();
        assertThat(now.preference().pushes(RatingOrigin.DIAGNOSTIC)).isFalse();
        assertThat(preferences.savedBy.get(java.util.List.of(MEMBER, COURSE))).isEqualTo(teacher.userId());
    }

    @Test
    void turningRatingsOnWithoutAnyResultIsRefused() {
        assertThatThrownBy(() -> choose.choose(launch(COURSE, LtiRole.INSTRUCTOR), COURSE, true, Set.of()))
                .isInstanceOf(PlumeProblemException.class).hasMessage("SYNC-RATINGS-ORIGINS");
        assertThat(preferences.preferences).isEmpty();
    }

    @Test
    void onlyATeacherLaunchedFromThatCourseMayChoose() {
        assertThatThrownBy(() -> choose.choose(launch(COURSE, LtiRole.LEARNER), COURSE, false, Set.of()))
                .isInstanceOf(PlumeProblemException.class).hasMessage("LTI-ROLE-FORBIDDEN");
        UUID otherCourse = UUID.randomUUID();
        assertThatThrownBy(() -> choose.current(launch(otherCourse, LtiRole.INSTRUCTOR), COURSE))
                .isInstanceOf(PlumeProblemException.class).hasMessage("LTI-ROLE-FORBIDDEN");
        assertThatThrownBy(() -> choose.current(launch(otherCourse, LtiRole.INSTRUCTOR), otherCourse))
                .as("a course the member's directory does not know")
                .isInstanceOf(PlumeProblemException.class).hasMessage("LTI-ROLE-FORBIDDEN");
        assertThat(preferences.preferences).isEmpty();
    }
}
