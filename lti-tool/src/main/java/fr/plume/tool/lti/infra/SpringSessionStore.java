package fr.plume.tool.lti.infra;

import fr.plume.tool.lti.domain.SessionStore;
import fr.plume.tool.shared.infra.JdbcNewSessions;
import java.util.Map;
import org.springframework.stereotype.Component;

/** Launch sessions go straight into Spring Session's tables, in one statement. */
@Component
class SpringSessionStore implements SessionStore {

    private final JdbcNewSessions newSessions;

    SpringSessionStore(JdbcNewSessions newSessions) {
        this.newSessions = newSessions;
    }

    @Override
    public String open(Map<String, Object> attributes) {
        return newSessions.open(attributes);
    }
}
