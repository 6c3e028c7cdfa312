package fr.plume.tool.lti.application;

import fr.plume.tool.lti.domain.Registrations;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/** An administrator enables or disables a platform registration. */
@Service
public class ChangeRegistrationStatus {

    private static final Logger log = LoggerFactory.getLogger(ChangeRegistrationStatus.class);

    private final Registrations registrations;

    ChangeRegistrationStatus(Registrations registrations) {
        this.registrations = registrations;
    }

    /** False when there is no such registration. */
    public boolean change(UUID id, String status) {
        boolean changed = registrations.setStatus(id, status);
        if (changed) {
            log.info("event=lti.registration.status registration={} status={}", id, status);
        }
        return changed;
    }
}
