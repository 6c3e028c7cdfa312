package fr.plume.tool.assessment.application;

import fr.plume.tool.assessment.domain.ExposureCounts;
import fr.plume.tool.assessment.engine.cat.TestMode;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/** The {@link ExposureCounts} port in memory. */
final class InMemoryExposureCounts implements ExposureCounts {

    final Map<TestMode, Long> candidates = new ConcurrentHashMap<>();
    final Map<TestMode, Map<String, Long>> given = new ConcurrentHashMap<>();

    @Override
    public void countCandidate(TestMode mode) {
        candidates.merge(mode, 1L, Long::sum);
    }

    @Override
    public void countGiven(TestMode mode, String itemId) {
        given.computeIfAbsent(mode, m -> new ConcurrentHashMap<>()).merge(itemId, 1L, Long::sum);
    }

    @Override
    public long candidates(TestMode mode) {
        return candidates.getOrDefault(mode, 0L);
    }

    @Override
    public Set<String> givenAtLeast(TestMode mode, long times) {
        return given.getOrDefault(mode, Map.of()).entrySet().stream().filter(e -> e.getValue() >= times)
                .map(Map.Entry::getKey).collect(Collectors.toSet());
    }
}
