package fr.plume.framework.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/** A competency such as "2.3 Ponctuation", with its level descriptors ordered by level. */
public record Competency(UUID idnumber, String code, LocalizedText title, LocalizedText description,
                         List<LevelDescriptor> levels) {

    public Competency {
        Objects.requireNonNull(idnumber, "idnumber");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(description, "description");
        levels = List.copyOf(levels);
    }

    public Optional<LevelDescriptor> level(int level) {
        return levels.stream().filter(descriptor -> descriptor.level() == level).findFirst();
    }
}
