package fr.plume.tool.support;

import fr.plume.framework.model.Framework;
import fr.plume.tool.framework.api.Frameworks;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The framework module's port for unit tests: at most one stored framework, the current one. */
public final class FixedFrameworks implements Frameworks {

    private final Optional<StoredFramework> current;

    private FixedFrameworks(Optional<StoredFramework> current) {
        this.current = current;
    }

    /** No framework imported yet. */
    public static FixedFrameworks none() {
        return new FixedFrameworks(Optional.empty());
    }

    /** {@code framework} as the current version (none when null), under a new version id. */
    public static FixedFrameworks current(Framework framework) {
        return new FixedFrameworks(Optional.ofNullable(framework).map(f -> new StoredFramework(UUID.randomUUID(), f)));
    }

    /** {@code current} as the current stored version, if any. */
    public static FixedFrameworks stored(Optional<StoredFramework> current) {
        return new FixedFrameworks(current);
    }

    @Override
    public Optional<StoredFramework> current() {
        return current;
    }

    @Override
    public Optional<StoredFramework> find(UUID versionId) {
        return current.filter(stored -> stored.versionId().equals(versionId));
    }

    @Override
    public List<FrameworkSummary> list() {
        return List.of();
    }
}
