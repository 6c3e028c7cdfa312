package fr.plume.tool.lti.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.plume.tool.lti.api.LaunchContext;
import fr.plume.tool.lti.api.LtiClaims;
import fr.plume.tool.lti.api.LtiRole;
import fr.plume.tool.lti.domain.DeepLinkingSettings;
import fr.plume.tool.lti.domain.PendingDeepLinking;
import fr.plume.tool.lti.support.InMemorySessionStore;
import fr.plume.tool.shared.domain.PlumeProblemException;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/** The tool session a launch opens (launch, authorities, CSRF token, pending Deep Linking) and the launch a request reads back. */
class LaunchSessionsTest {

    private final InMemorySessionStore store = new InMemorySessionStore();
    private final LaunchSessions sessions = new LaunchSessions(store);
    private final LaunchContext teacher = new LaunchContext(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(),
            UUID.randomUUID(), UUID.randomUUID(), LtiClaims.RESOURCE_LINK_REQUEST,
            Set.of(LtiRole.INSTRUCTOR, LtiRole.LEARNER), null, null, Map.of(), null);
    private final DeepLinkingSettings settings = new DeepLinkingSettings(URI.create("https://moodle.example/dl"),
            List.of("ltiResourceLink"), List.of(), true, true, false, null, null, "data-1");

    @AfterEach
    void noRequest() {
        RequestContextHolder.resetRequestAttributes();
    }

    @Test
    void aLaunchOpensASessionHoldingTheLaunchItsAuthoritiesAndTheCsrfToken() {
        String id = sessions.open(new CompleteLaunch.Outcome(teacher, null, "1", "/class"), "picker-1", "csrf.attr",
                "csrf-token-1");

        Map<String, Object> attributes = store.attributes(id);
        assertThat(attributes.get(LaunchSessions.LAUNCH)).isEqualTo(teacher);
        assertThat(attributes.get("csrf.attr")).isEqualTo("csrf-token-1");
        assertThat(attributes).doesNotContainKey(LaunchSessions.DEEP_LINKING);
        SecurityContext security = (SecurityContext) attributes
                .get(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
        assertThat(security.getAuthentication().isAuthenticated()).isTrue();
        assertThat(security.getAuthentication().getName()).isEqualTo("lti:" + teacher.userId());
        assertThat(security.getAuthentication().getAuthorities()).extracting(GrantedAuthority::getAuthority)
                .containsExactlyInAnyOrder("ROLE_LTI", "ROLE_LTI_INSTRUCTOR", "ROLE_LTI_LEARNER");
    }

    @Test
    void aDeepLinkingLaunchKeepsItsSettingsDeploymentAndPickerTokenPending() {
        String id = sessions.open(new CompleteLaunch.Outcome(teacher, settings, "12", "/lti/deep-link"), "picker-1",
                "csrf.attr", "csrf-token-1");

        assertThat(store.attributes(id).get(LaunchSessions.DEEP_LINKING))
                .isEqualTo(new PendingDeepLinking(settings, "12", "picker-1"));
    }

    @Test
    void theCurrentLaunchIsReadFromTheRequestsSession() {
        MockHttpServletRequest request = new MockHttpServletRequest();
        MockHttpSession session = new MockHttpSession();
        session.setAttribute(LaunchSessions.LAUNCH, teacher);
        request.setSession(session);
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));

        assertThat(sessions.get()).contains(teacher);
        assertThat(sessions.require()).isEqualTo(teacher);
    }

    @Test
    void withoutASessionOrOutsideARequestTheLaunchIsMissing() {
        assertThat(sessions.get()).isEmpty();
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(new MockHttpServletRequest()));

        assertThat(sessions.get()).isEmpty();
        assertThatThrownBy(sessions::require).isInstanceOfSatisfying(PlumeProblemException.class, e -> {
            assertThat(e.code()).isEqualTo("LTI-SESSION-MISSING");
            assertThat(e.status()).isEqualTo(401);
        });
    }

    @Test
    void aPendingDeepLinkingIsReadUntilItIsFinished() {
        MockHttpServletRequest request = new MockHttpServletRequest();
        assertThat(sessions.pendingDeepLinking(request)).isEmpty();
        PendingDeepLinking pending = new PendingDeepLinking(settings, "12", "picker-1");
        request.getSession(true).setAttribute(LaunchSessions.DEEP_LINKING, pending);

        assertThat(sessions.pendingDeepLinking(request)).contains(pending);
        sessions.finishDeepLinking(request);
        assertThat(sessions.pendingDeepLinking(request)).isEmpty();
    }
}
