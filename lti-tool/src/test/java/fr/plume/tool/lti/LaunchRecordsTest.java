package fr.plume.tool.lti;

import static org.assertj.core.api.Assertions.assertThat;

import fr.plume.tool.lti.ags.AgsFixtures;
import fr.plume.tool.lti.api.LaunchContext.AgsEndpoint;
import fr.plume.tool.lti.api.LaunchContext.NrpsEndpoint;
import fr.plume.tool.lti.api.LtiClaims;
import fr.plume.tool.lti.api.LtiRole;
import fr.plume.tool.lti.domain.LaunchClaims;
import fr.plume.tool.lti.infra.JdbcLaunchRecords;
import fr.plume.tool.lti.domain.LaunchRecords.Recorded;
import fr.plume.tool.support.PlumeIntegrationTest;
import java.net.URI;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/** What a launch writes, in the one statement that also spends its nonce. */
@PlumeIntegrationTest
class LaunchRecordsTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    JdbcLaunchRecords records;
    @Autowired
    JdbcClient jdbc;

    AgsFixtures fx;
    final Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);

    @BeforeEach
    void member() {
        fx = new AgsFixtures(context, "https://moodle.records.test");
    }

    @Test
    void recordsTheUserCourseRolesLinkAndServiceEndpoints() {
        Recorded recorded = record(launch("u1", "n1", person("Ada", "Lovelace", "ada@example.test"),
                Set.of(LtiRole.INSTRUCTOR), "https://moodle.records.test/lineitems")).orElseThrow();

        assertThat(jdbc.sql("SELECT name FROM lti_user WHERE id = ? AND member_id = ?")
                .params(recorded.userId(), fx.memberId).query(String.class).single()).isEqualTo("Ada Lovelace");
        assertThat(jdbc.sql("SELECT title FROM lti_context WHERE id = ?").param(recorded.contextId())
                .query(String.class).single()).isEqualTo("Français écrit");
        assertThat(jdbc.sql("SELECT array_to_string(roles, ',') FROM lti_enrolment WHERE context_id = ? AND user_id = ?")
                .params(recorded.contextId(), recorded.userId()).query(String.class).single()).isEqualTo("INSTRUCTOR");
        assertThat(jdbc.sql("SELECT context_id FROM lti_resource_link WHERE id = ?").param(recorded.resourceLinkId())
                .query(UUID.class).single()).isEqualTo(recorded.contextId());
        assertThat(jdbc.sql("SELECT lineitems_url FROM lti_ags_endpoint WHERE resource_link_id = ? AND member_id = ?")
                .params(recorded.resourceLinkId(), fx.memberId).query(String.class).single())
                .isEqualTo("https://moodle.records.test/lineitems");
        assertThat(jdbc.sql("SELECT memberships_url FROM lti_nrps_endpoint WHERE context_id = ?")
                .param(recorded.contextId()).query(String.class).single())
                .isEqualTo("https://moodle.records.test/memberships");
    }

    @Test
    void aSpentNonceWritesNothing() {
        Recorded first = record(launch("u2", "n2", person("Ada", null, null), Set.of(LtiRole.LEARNER),
                "https://moodle.records.test/lineitems")).orElseThrow();

        Optional<Recorded> replay = record(launch("u2", "n2", person("Mallory", null, null),
                Set.of(LtiRole.INSTRUCTOR), "https://moodle.records.test/lineitems"));

        assertThat(replay).isEmpty();
        assertThat(jdbc.sql("SELECT given_name FROM lti_user WHERE id = ?").param(first.userId())
                .query(String.class).single()).isEqualTo("Ada");
        assertThat(jdbc.sql("SELECT array_to_string(roles, ',') FROM lti_enrolment WHERE user_id = ?")
                .param(first.userId()).query(String.class).single()).isEqualTo("LEARNER");
    }

    @Test
    void aLaterLaunchKeepsWhatItDoesNotMentionAndUpdatesTheRest() {
        Recorded first = record(launch("u3", "n3a", person("Ada", "Lovelace", "ada@example.test"),
                Set.of(LtiRole.LEARNER), "https://moodle.records.test/lineitems")).orElseThrow();
        jdbc.sql("UPDATE lti_ags_endpoint SET resolved_lineitem_url = 'https://moodle.records.test/lineitems/9' "
                + "WHERE resource_link_id = ?").param(first.resourceLinkId()).update();

        Recorded second = record(launch("u3", "n3b", person(null, null, null), Set.of(LtiRole.TEACHING_ASSISTANT),
                "https://moodle.records.test/other-lineitems")).orElseThrow();

        assertThat(second).isEqualTo(first);
        assertThat(jdbc.sql("SELECT email FROM lti_user WHERE id = ?").param(first.userId())
                .query(String.class).single()).isEqualTo("ada@example.test");
        assertThat(jdbc.sql("SELECT array_to_string(roles, ',') FROM lti_enrolment WHERE user_id = ?")
                .param(first.userId()).query(String.class).single()).isEqualTo("TEACHING_ASSISTANT");
        assertThat(jdbc.sql("SELECT resolved_lineitem_url FROM lti_ags_endpoint WHERE resource_link_id = ?")
                .param(first.resourceLinkId()).query(String.class).optional())
                .as("a new line-items URL forgets the line item found under the old one").isEmpty();
    }

    @Test
    void aLaunchWithoutCourseOrServicesRecordsTheUserAndTheLinkOnly() {
        LaunchClaims claims = launch("u4", "n4", person("Ada", null, null), Set.of(), null);
        LaunchClaims noCourse = new LaunchClaims(claims.issuer(), claims.subject(), claims.messageType(),
                claims.deploymentId(), claims.nonce(), claims.expiresAt(), List.of(), Set.of(), claims.person(), null,
                claims.resourceLink(), claims.targetLinkUri(), null, claims.nrps(), Map.of(), null, null);

        Recorded recorded = record(noCourse).orElseThrow();

        assertThat(recorded.contextId()).isNull();
        assertThat(jdbc.sql("SELECT count(*) FROM lti_resource_link WHERE id = ? AND context_id IS NULL")
                .param(recorded.resourceLinkId()).query(Integer.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("SELECT count(*) FROM lti_ags_endpoint WHERE resource_link_id = ?")
                .param(recorded.resourceLinkId()).query(Integer.class).single()).isZero();
    }

    private Optional<Recorded> record(LaunchClaims claims) {
        return records.record(fx.memberId, fx.registration.id(), claims, now, now.plusSeconds(600));
    }

    private LaunchClaims launch(String subject, String nonce, LaunchClaims.Person person, Set<LtiRole> roles,
            String lineItems) {
        String courseId = "course-" + fx.memberId;
        return new LaunchClaims(fx.issuer, subject, LtiClaims.RESOURCE_LINK_REQUEST, "1", nonce + fx.memberId,
                now.plusSeconds(60), List.of(), roles, person,
                new LaunchClaims.Context(courseId, "FLE101", "Français écrit"),
                new LaunchClaims.ResourceLink("link-" + fx.memberId, "Positionnement"),
                "https://plume.test/lti/launch",
                lineItems == null ? null : new AgsEndpoint(List.of("https://purl.imsglobal.org/spec/lti-ags/scope/score"),
                        URI.create(lineItems), null),
                new NrpsEndpoint(URI.create("https://moodle.records.test/memberships"), List.of("2.0")),
                Map.of("plume_activity", "diagnostic"), "fr", null);
    }

    private static LaunchClaims.Person person(String given, String family, String email) {
        String name = given == null ? null : family == null ? given : given + " " + family;
        return new LaunchClaims.Person(given, family, name, email);
    }
}
