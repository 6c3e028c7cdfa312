package fr.plume.tool.demo.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.plume.tool.demo.domain.ServiceRefusal;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

/** Asserts a service use case refuses with Moodle's status and reason. */
final class ServiceRefusals {

    private ServiceRefusals() {
    }

    static void assertRefused(ThrowingCallable call, int status, String reason) {
        assertThatThrownBy(call).isInstanceOfSatisfying(ServiceRefusal.class, r -> {
            assertThat(r.status()).isEqualTo(status);
            assertThat(r.getMessage()).isEqualTo(reason);
        });
    }
}
