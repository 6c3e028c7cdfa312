package fr.plume.tool.framework.application;

import fr.plume.tool.framework.api.Frameworks;
import fr.plume.tool.framework.domain.FrameworkVersions;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The stored versions in memory, newest last, for the use cases' unit tests. */
final class InMemoryFrameworkVersions implements FrameworkVersions, Frameworks {

    final List<NewVersion> stored = new ArrayList<>();

    @Override
    public Optional<StoredVersion> findVersion(UUID idnumber, String version) {
        return stored.stream()
                .filter(v -> v.framework().idnumber().equals(idnumber) && v.framework().version().equals(version))
                .findFirst().map(v -> new StoredVersion(v.versionId(), v.fingerprint()));
    }

    @Override
    public void insert(NewVersion version) {
        stored.add(version);
    }

    @Override
    public Optional<StoredFramework> current() {
        return stored.isEmpty() ? Optional.empty() : find(stored.get(stored.size() - 1).versionId());
    }

    @Override
    public Optional<StoredFramework> find(UUID versionId) {
        return stored.stream().filter(v -> v.versionId().equals(versionId)).findFirst()
                .map(v -> new StoredFramework(v.versionId(), v.framework()));
    }

    @Override
    public List<FrameworkSummary> list() {
        return stored.stream().map(v -> new FrameworkSummary(v.versionId(), v.framework().idnumber(),
                v.framework().code(), v.framework().version(), v.framework().title().fr(),
                v.sourceFormat().name(), v.importedAt(), v.framework().allCompetencies().size())).toList();
    }
}
