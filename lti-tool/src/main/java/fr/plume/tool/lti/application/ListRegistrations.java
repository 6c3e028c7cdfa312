package fr.plume.tool.lti.application;

import fr.plume.tool.lti.api.RegistrationView;
import fr.plume.tool.lti.domain.Registrations;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;

/** What administrators see of the registered platforms, and which origins may frame the tool. */
@Service
public class ListRegistrations {

    private final Registrations registrations;

    ListRegistrations(Registrations registrations) {
        this.registrations = registrations;
    }

    public List<RegistrationView> all() {
        return registrations.all();
    }

    public Optional<RegistrationView> find(UUID id) {
        return registrations.findById(id);
    }

    /** The issuers of the active registrations: their origins may frame the tool. */
    public List<String> activeIssuers() {
        return registrations.activeOrigins();
    }
}
