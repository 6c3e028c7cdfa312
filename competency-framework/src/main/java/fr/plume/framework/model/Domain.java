package fr.plume.framework.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/** A group of competencies such as "2 Grammaire et syntaxe". */
public record Domain(UUID idnumber, String code, LocalizedText title, LocalizedText description,
                     List<Competency> competencies) {

    public Domain {
        Objects.requireNonNull(idnumber, "idnumber");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(description, "description");
        competencies = List.copyOf(competencies);
    }

    public Optional<Competency> competencyByCode(String competencyCode) {
        return competencies.stream().filter(competency -> competency.code().equals(competencyCode)).findFirst();
    }
}
