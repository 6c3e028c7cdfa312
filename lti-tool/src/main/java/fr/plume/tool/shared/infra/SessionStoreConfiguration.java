package fr.plume.tool.shared.infra;

import java.util.Map;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.config.SessionRepositoryCustomizer;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;

/** Spring Session's tables in PostgreSQL: any node serves the next request of a session. */
@Configuration(proxyBeanMethods = false)
class SessionStoreConfiguration {

    /**
     * No principal-name index: nothing looks sessions up by user, and resolving it evaluates a
     * SpEL expression on every session save (a launch opens one).
     */
    @Bean
    SessionRepositoryCustomizer<JdbcIndexedSessionRepository> noPrincipalIndex() {
        return repository -> repository.setIndexResolver(session -> Map.of());
    }
}
