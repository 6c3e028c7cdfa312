package fr.plume.tool.lti.application;

import static org.assertj.core.api.Assertions.assertThat;

import fr.plume.tool.lti.api.NewRegistration;
import fr.plume.tool.lti.api.RegistrationView;
import fr.plume.tool.lti.support.InMemoryRegistrations;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** What administrators see of the registrations, and which issuers may frame the tool: the active ones only. */
class ListRegistrationsTest {

    private final InMemoryRegistrations registrations = new InMemoryRegistrations();
    private final ListRegistrations listRegistrations = new ListRegistrations(registrations);

    private RegistrationView register(String label, String issuer, String clientId) {
        return registrations.registerActive(new NewRegistration(UUID.randomUUID(), label, issuer, clientId,
                URI.create(issuer + "/auth"), URI.create(issuer + "/token"), URI.create(issuer + "/jwks"), List.of()));
    }

    @Test
    void listsEveryRegistrationByLabelAndFindsOneById() {
        RegistrationView b = register("Moodle B", "https://b.example", "client-b");
        RegistrationView a = register("Moodle A", "https://a.example", "client-a");

        assertThat(listRegistrations.all()).containsExactly(a, b);
        assertThat(listRegistrations.find(b.id())).contains(b);
        assertThat(listRegistrations.find(UUID.randomUUID())).isEmpty();
    }

    @Test
    void onlyActiveIssuersMayFrameTheToolEachOnce() {
        register("A1", "https://a.example", "client-1");
        register("A2", "https://a.example", "client-2");
        RegistrationView disabled = register("B", "https://b.example", "client-b");
        registrations.setStatus(disabled.id(), "DISABLED");

        assertThat(listRegistrations.activeIssuers()).containsExactly("https://a.example");
    }
}
