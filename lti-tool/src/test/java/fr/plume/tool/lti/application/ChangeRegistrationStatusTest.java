package fr.plume.tool.lti.application;

import static org.assertj.core.api.Assertions.assertThat;

import fr.plume.tool.lti.api.NewRegistration;
import fr.plume.tool.lti.api.RegistrationView;
import fr.plume.tool.lti.support.InMemoryRegistrations;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** An administrator disables and enables again a registration; an unknown one changes nothing. */
class ChangeRegistrationStatusTest {

    private final InMemoryRegistrations registrations = new InMemoryRegistrations();
    private final ChangeRegistrationStatus changeStatus = new ChangeRegistrationStatus(registrations);
    private final RegistrationView registration = registrations.registerActive(new NewRegistration(UUID.randomUUID(),
            "Moodle", "https://moodle.example", "client-1", URI.create("https://moodle.example/auth"),
            URI.create("https://moodle.example/token"), URI.create("https://moodle.example/jwks"), List.of("1")));

    @Test
    void disablesThenEnablesTheRegistration() {
        assertThat(changeStatus.change(registration.id(), "DISABLED")).isTrue();
        assertThat(registrations.findById(registration.id()).orElseThrow().status()).isEqualTo("DISABLED");
        assertThat(registrations.activeOrigins()).isEmpty();

        assertThat(changeStatus.change(registration.id(), "ACTIVE")).isTrue();
        assertThat(registrations.findById(registration.id()).orElseThrow().status()).isEqualTo("ACTIVE");
    }

    @Test
    void anUnknownRegistrationIsReportedAndNothingChanges() {
        assertThat(changeStatus.change(UUID.randomUUID(), "DISABLED")).isFalse();
        assertThat(registrations.findById(registration.id()).orElseThrow().status()).isEqualTo("ACTIVE");
    }
}
