package fr.plume.tool.lti.support;

import fr.plume.tool.lti.domain.MemberAttribution;
import fr.plume.tool.lti.domain.MemberAttributions;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/** Attribution rules in memory (no recent launches are kept). */
public final class InMemoryMemberAttributions implements MemberAttributions {

    private final Map<UUID, MemberAttribution> rules = new ConcurrentHashMap<>();

    @Override
    public Optional<MemberAttribution> find(UUID registrationId) {
        return Optional.ofNullable(rules.get(registrationId));
    }

    @Override
    public Optional<MemberAttribution> findRecent(UUID registrationId) {
        return find(registrationId);
    }

    @Override
    public void save(MemberAttribution rule) {
        rules.put(rule.registrationId(), rule);
    }

    @Override
    public Map<UUID, MemberAttribution.Source> sources() {
        Map<UUID, MemberAttribution.Source> sources = new java.util.HashMap<>();
        rules.forEach((id, rule) -> sources.put(id, rule.source()));
        return sources;
    }

    @Override
    public void remove(UUID registrationId) {
        rules.remove(registrationId);
    }

    @Override
    public List<RecentLaunch> recentLaunches(UUID registrationId, int limit) {
        return List.of();
    }

    @Override
    public List<RecentLaunch> recentLaunchesOfMember(UUID memberId, int limit) {
        return List.of();
    }
}
