package fr.plume.tool.lti.support;

import fr.plume.tool.lti.api.NewRegistration;
import fr.plume.tool.lti.api.RegistrationView;
import fr.plume.tool.lti.domain.Registrations;
import fr.plume.tool.shared.domain.PlumeProblemException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** Platform registrations in memory, keyed by (issuer, client_id) like the table, never moving to another member. */
public final class InMemoryRegistrations implements Registrations {

    private final Map<UUID, RegistrationView> byId = new LinkedHashMap<>();

    @Override
    public synchronized RegistrationView save(NewRegistration r, String status) {
        Optional<RegistrationView> existing = find(r.issuer(), r.clientId());
        if (existing.isPresent() && !existing.get().memberId().equals(r.memberId())) {
            throw new PlumeProblemException("LTI-REGISTRATION-OTHER-MEMBER", 409);
        }
        Set<String> deployments = new LinkedHashSet<>(existing.map(RegistrationView::deploymentIds).orElse(List.of()));
        deployments.addAll(r.deploymentIds());
        RegistrationView saved = new RegistrationView(existing.map(RegistrationView::id).orElseGet(UUID::randomUUID),
                r.memberId(), r.label(), r.issuer(), r.clientId(), r.authorizationEndpoint(), r.tokenEndpoint(),
                r.jwksUri(), List.copyOf(deployments), status);
        byId.put(saved.id(), saved);
        return saved;
    }

    @Override
    public RegistrationView registerActive(NewRegistration registration) {
        return save(registration, "ACTIVE");
    }

    @Override
    public synchronized Optional<RegistrationView> find(String issuer, String clientId) {
        return byId.values().stream().filter(r -> r.issuer().equals(issuer) && r.clientId().equals(clientId))
                .findFirst();
    }

    @Override
    public synchronized List<RegistrationView> findByIssuer(String issuer) {
        return byId.values().stream().filter(r -> r.issuer().equals(issuer)).toList();
    }

    @Override
    public synchronized Optional<RegistrationView> findById(UUID id) {
        return Optional.ofNullable(byId.get(id));
    }

    @Override
    public Optional<RegistrationView> findRecent(String issuer, String clientId) {
        return find(issuer, clientId);
    }

    @Override
    public Optional<RegistrationView> findRecentById(UUID id) {
        return findById(id);
    }

    @Override
    public synchronized List<RegistrationView> all() {
        List<RegistrationView> all = new ArrayList<>(byId.values());
        all.sort(Comparator.comparing(RegistrationView::label).thenComparing(RegistrationView::issuer)
                .thenComparing(RegistrationView::clientId));
        return all;
    }

    @Override
    public synchronized List<RegistrationView> forMember(UUID memberId) {
        return all().stream().filter(r -> r.memberId().equals(memberId)).toList();
    }

    @Override
    public synchronized List<String> activeOrigins() {
        return byId.values().stream().filter(r -> "ACTIVE".equals(r.status())).map(RegistrationView::issuer)
                .distinct().toList();
    }

    @Override
    public synchronized boolean setStatus(UUID id, String status) {
        RegistrationView r = byId.get(id);
        if (r == null) {
            return false;
        }
        byId.put(id, new RegistrationView(r.id(), r.memberId(), r.label(), r.issuer(), r.clientId(),
                r.authorizationEndpoint(), r.tokenEndpoint(), r.jwksUri(), r.deploymentIds(), status));
        return true;
    }
}
