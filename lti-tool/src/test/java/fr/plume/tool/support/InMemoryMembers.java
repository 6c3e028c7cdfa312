package fr.plume.tool.support;

import fr.plume.tool.identity.api.Members;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** The identity module's members in memory, for unit tests of modules that read them. */
public final class InMemoryMembers implements Members {

    private final Map<String, Member> byCode = new LinkedHashMap<>();

    @Override
    public synchronized Member ensure(String code, String name) {
        return byCode.computeIfAbsent(code, c -> new Member(UUID.randomUUID(), c, name));
    }

    @Override
    public synchronized Optional<Member> findById(UUID id) {
        return byCode.values().stream().filter(m -> m.id().equals(id)).findFirst();
    }

    @Override
    public synchronized Optional<Member> findByCode(String code) {
        return Optional.ofNullable(byCode.get(code));
    }

    @Override
    public synchronized List<Member> all() {
        return new ArrayList<>(byCode.values());
    }
}
