package fr.plume.tool.lti.support;

import fr.plume.tool.lti.domain.LoginStates;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Pending logins in memory; a state is read once. */
public final class InMemoryLoginStates implements LoginStates {

    private final Map<String, LoginState> states = new ConcurrentHashMap<>();

    @Override
    public void save(LoginState state) {
        states.put(state.state(), state);
    }

    @Override
    public Optional<LoginState> consume(String state) {
        return Optional.ofNullable(states.remove(state));
    }

    @Override
    public int deleteExpired(Instant now) {
        int before = states.size();
        states.values().removeIf(s -> !s.expiresAt().isAfter(now));
        return before - states.size();
    }

    /** The pending state, without consuming it. */
    public Optional<LoginState> peek(String state) {
        return Optional.ofNullable(states.get(state));
    }
}
