package fr.plume.tool.support;

import fr.plume.tool.identity.api.Members;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** The identity module's members in memory, for unit tests of modules that read them. */
public final class InMemoryMembers implements Members {

    private final Map<String, Member> byCode = new LinkedHashMap<>();
    private final Map<UUID, ZoneId> zones = new HashMap<>();

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

    @Override
    public synchronized Optional<ZoneId> timeZone(UUID memberId) {
        return Optional.ofNullable(zones.get(memberId));
    }

    @Override
    public synchronized void changeTimeZone(UUID memberId, ZoneId zone) {
        zones.put(memberId, zone);
    }
}
