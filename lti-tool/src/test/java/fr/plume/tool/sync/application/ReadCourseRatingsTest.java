package fr.plume.tool.sync.application;

import static org.assertj.core.api.Assertions.assertThat;

import fr.plume.framework.model.Competency;
import fr.plume.framework.model.Framework;
import fr.plume.sync.catalogue.CompetencyRating.RatingOrigin;
import fr.plume.sync.catalogue.CompetencyRating;
import fr.plume.sync.catalogue.CompetencyRatingSource;
import fr.plume.tool.assessment.api.LatestLevel;
import fr.plume.tool.assessment.api.ResultMode;
import fr.plume.tool.lti.api.LaunchDirectory.PlatformContext;
import fr.plume.tool.lti.api.LaunchDirectory;
import fr.plume.tool.support.FixedFrameworks;
import fr.plume.tool.support.TestFrameworks;
import fr.plume.tool.sync.domain.RatingPreference;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ReadCourseRatingsTest {

    private static final UUID MEMBER = UUID.randomUUID();
    private static final UUID COURSE = UUID.randomUUID();
    private static final UUID ELSEWHERE = UUID.randomUUID();
    private static final UUID STUDENT = UUID.randomUUID();
    private static final UUID NOT_FROM_MOODLE = UUID.randomUUID();
    private static final Instant DONE = Instant.parse("2026-03-01T09:00:00Z");

    private final Framework framework = TestFrameworks.twoDomains("1.0");
    private final SyncPorts.MemoryPreferences preferences = new SyncPorts.MemoryPreferences();
    private final List<Set<ResultMode>> asked = new ArrayList<>();
    private final ReadCourseRatings read = new ReadCourseRatings(preferences, directory(),
            (memberId, contextId, modes) -> {
                asked.add(modes);
                return contextId.equals(COURSE) ? List.of(
                        new LatestLevel(STUDENT, COURSE, null, null, ResultMode.CERTIFICATION, "1.1", 4, DONE),
                        new LatestLevel(NOT_FROM_MOODLE, COURSE, null, null, ResultMode.CERTIFICATION, "1.1", 2, DONE),
                        new LatestLevel(STUDENT, COURSE, null, null, ResultMode.CERTIFICATION, "9.9", 3, DONE))
                        : List.of(new LatestLevel(STUDENT, contextId, null, null, ResultMode.DIAGNOSTIC, "1.1", 1, DONE));
            }, FixedFrameworks.current(framework));

    private static LaunchDirectory directory() {
        return new LaunchDirectory() {
            @Override
            public Optional<PlatformContext> context(UUID memberId, UUID contextId) {
                if (contextId.equals(COURSE)) {
                    return Optional.of(new PlatformContext(COURSE, "https://moodle.example.org/", "42", "FLE"));
                }
                return contextId.equals(ELSEWHERE)
                        ? Optional.of(new PlatformContext(ELSEWHERE, "https://other.example.org", "43", "Autre"))
                        : Optional.empty();
            }

            @Override
            public Map<UUID, String> subjects(UUID memberId, String issuer, Collection<UUID> userIds) {
                return Map.of(STUDENT, "7", NOT_FROM_MOODLE, "a0b1-c2");
            }
        };
    }


    @Test
    void givesTheLatestLevelsOfOptedInCoursesOfThisPlatformWithMoodlesIdsAndTheChosenOriginsOnly() {
        preferences.save(MEMBER, new RatingPreference(COURSE, true, Set.of(RatingOrigin.CERTIFICATION)), null, DONE);
        preferences.save(MEMBER, new RatingPreference(ELSEWHERE, true, Set.of(RatingOrigin.DIAGNOSTIC)), null, DONE);
        CompetencyRatingSource source = read.forSite(MEMBER, "https://moodle.example.org");

        List<CompetencyRating> ratings = source.latestRatings("moodle", EnumSet.allOf(RatingOrigin.class));

        UUID idnumber = framework.allCompetencies().stream().filter(c -> c.code().equals("1.1"))
                .map(Competency::idnumber).findFirst().orElseThrow();
        assertThat(ratings).containsExactly(
                new CompetencyRating(42, 7, idnumber, "1.1", 4, RatingOrigin.CERTIFICATION, DONE));
        assertThat(asked).containsExactly(Set.of(ResultMode.CERTIFICATION));
        assertThat(source.courseOptedIn("moodle", 42)).isTrue();
        assertThat(source.courseOptedIn("moodle", 43)).as("a course of another platform").isFalse();
    }

    @Test
    void aCourseThatDidNotOptInGivesNothing() {
        preferences.save(MEMBER, new RatingPreference(COURSE, false, Set.of()), null, DONE);

        assertThat(read.forSite(MEMBER, "https://moodle.example.org").latestRatings("moodle",
                EnumSet.allOf(RatingOrigin.class))).isEmpty();
        assertThat(asked).isEmpty();
    }

    @Test
    void moodleIdsArePositiveIntegersOnly() {
        assertThat(ReadCourseRatings.moodleId("42")).hasValue(42);
        assertThat(ReadCourseRatings.moodleId("0")).isEmpty();
        assertThat(ReadCourseRatings.moodleId("-3")).isEmpty();
        assertThat(ReadCourseRatings.moodleId("a0b1")).isEmpty();
        assertThat(ReadCourseRatings.moodleId(null)).isEmpty();
    }
}
