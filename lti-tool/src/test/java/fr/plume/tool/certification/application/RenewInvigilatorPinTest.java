package fr.plume.tool.certification.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.plume.tool.certification.domain.CertificationSession;
import fr.plume.tool.certification.domain.InvigilatorPin;
import fr.plume.tool.shared.domain.PlumeProblemException;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class RenewInvigilatorPinTest {

    private final InMemoryCertification store = new InMemoryCertification();
    private final RenewInvigilatorPin renew = new RenewInvigilatorPin(store.sessionStore, store.permissions, store);

    @Test
    void theNewPinOpensTheSessionAndTheOldPinsPagesNoLonger() {
        CertificationSession session = store.session(UUID.randomUUID());
        Actor oldInvigilator = InMemoryCertification.invigilatorOf(session);

        String pin = renew.renew(InMemoryCertification.officer(), session.id());

        CertificationSession renewed = store.sessionStore.find(session.id()).orElseThrow();
        assertThat(InvigilatorPin.matches(session.id().toString(), pin, renewed.pinHash())).isTrue();
        assertThat(renewed.pinFailures()).isZero();
        assertThat(oldInvigilator.invigilates(renewed)).isFalse();
        assertThat(InMemoryCertification.invigilatorOf(renewed).invigilates(renewed)).isTrue();
        assertThat(store.audit).singleElement().satisfies(e -> assertThat(e.action()).isEqualTo("session.pin-renewed"));
    }

    @Test
    void onlyTheCentresStaffRenewAndNeverOnceTheSessionIsFinalised() {
        CertificationSession session = store.session(UUID.randomUUID());

        assertThatThrownBy(() -> renew.renew(InMemoryCertification.invigilatorOf(session), session.id()))
                .isInstanceOfSatisfying(PlumeProblemException.class, e -> assertThat(e.status()).isEqualTo(403));
        store.sessionStore.finalise(session.id(), store.clock.instant(), "officer");
        assertThatThrownBy(() -> renew.renew(InMemoryCertification.officer(), session.id()))
                .isInstanceOfSatisfying(PlumeProblemException.class,
                        e -> assertThat(e.code()).isEqualTo("CERTIFICATION-SESSION-FINALISED"));
        assertThat(store.audit).isEmpty();
    }
}
