package fr.plume.tool.lti.application;

import static org.assertj.core.api.Assertions.assertThat;

import fr.plume.tool.lti.api.LaunchContext;
import fr.plume.tool.lti.api.LaunchDescriptions.LaunchDescription;
import fr.plume.tool.lti.api.LtiClaims;
import fr.plume.tool.lti.api.LtiRole;
import fr.plume.tool.lti.domain.LaunchClaims;
import fr.plume.tool.lti.domain.LaunchRecords.Recorded;
import fr.plume.tool.lti.support.InMemoryLaunchRecords;
import fr.plume.tool.lti.support.InMemoryUsedNonces;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Who launched and from which course and link, from the launch records of the launch's own member only. */
class DescribeLaunchTest {

    private static final Instant NOW = Instant.parse("2026-03-02T10:00:00Z");

    private final InMemoryLaunchRecords records = new InMemoryLaunchRecords(new InMemoryUsedNonces());
    private final DescribeLaunch describeLaunch = new DescribeLaunch(records);
    private final UUID memberId = UUID.randomUUID();

    private LaunchContext launch(UUID member, LaunchClaims.Person person, LaunchClaims.Context context) {
        LaunchClaims claims = new LaunchClaims("https://moodle.example", "sub-1", LtiClaims.RESOURCE_LINK_REQUEST, "1",
                UUID.randomUUID().toString(), NOW.plusSeconds(60), List.of("Learner"), Set.of(LtiRole.LEARNER), person,
                context, new LaunchClaims.ResourceLink("link-1", "Diagnostic"), null, null, null, Map.of(), null, null);
        Recorded recorded = records.record(member, UUID.randomUUID(), claims, NOW, NOW.plusSeconds(600)).orElseThrow();
        return new LaunchContext(member, UUID.randomUUID(), recorded.userId(), recorded.contextId(),
                recorded.resourceLinkId(), LtiClaims.RESOURCE_LINK_REQUEST, Set.of(LtiRole.LEARNER), null, null, null,
                null);
    }

    @Test
    void describesThePersonCourseAndLinkOfTheLaunch() {
        LaunchContext launch = launch(memberId, new LaunchClaims.Person("Ada", "Lovelace", null, "ada@example.org"),
                new LaunchClaims.Context("c-1", "FLE1", "Français écrit"));

        assertThat(describeLaunch.describe(launch))
                .isEqualTo(new LaunchDescription("Ada Lovelace", "Français écrit", "Diagnostic"));
    }

    @Test
    void partsThePlatformWithheldAreNull() {
        LaunchContext launch = launch(memberId, null, null);

        assertThat(describeLaunch.describe(launch)).isEqualTo(new LaunchDescription(null, null, "Diagnostic"));
    }

    @Test
    void anotherMembersLaunchIsNotDescribed() {
        LaunchContext launch = launch(memberId, new LaunchClaims.Person(null, null, "Ada Lovelace", null),
                new LaunchClaims.Context("c-1", "FLE1", "Français écrit"));
        LaunchContext sameIdsOtherMember = new LaunchContext(UUID.randomUUID(), launch.registrationId(),
                launch.userId(), launch.contextId(), launch.resourceLinkId(), launch.messageType(), launch.roles(), null,
                null, null, null);

        assertThat(describeLaunch.describe(sameIdsOtherMember)).isEqualTo(new LaunchDescription(null, null, null));
    }
}
