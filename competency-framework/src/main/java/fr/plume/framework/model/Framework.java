package fr.plume.framework.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * A competency framework (référentiel) in one version. The value may be invalid (duplicate codes, missing
 * levels…): check it with {@code FrameworkValidator} before relying on it; lookups return the first match.
 */
public record Framework(UUID idnumber, String code, String version, LocalizedText title,
                        LocalizedText description, String licence, List<Domain> domains) {

    public Framework {
        Objects.requireNonNull(idnumber, "idnumber");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(licence, "licence");
        domains = List.copyOf(domains);
    }

    /** Every competency, in framework order (domain by domain). */
    public List<Competency> allCompetencies() {
        return domains.stream().flatMap(domain -> domain.competencies().stream()).toList();
    }

    public Optional<Competency> competencyByCode(String competencyCode) {
        return allCompetencies().stream().filter(competency -> competency.code().equals(competencyCode)).findFirst();
    }

    public Optional<Competency> competencyByIdnumber(UUID competencyIdnumber) {
        return allCompetencies().stream()
                .filter(competency -> competency.idnumber().equals(competencyIdnumber))
                .findFirst();
    }

    public Optional<Domain> domainByCode(String domainCode) {
        return domains.stream().filter(domain -> domain.code().equals(domainCode)).findFirst();
    }

    public Optional<Domain> domainByIdnumber(UUID domainIdnumber) {
        return domains.stream().filter(domain -> domain.idnumber().equals(domainIdnumber)).findFirst();
    }

    /** The domain that contains the competency with this idnumber. */
    public Optional<Domain> domainOf(UUID competencyIdnumber) {
        return domains.stream()
                .filter(domain -> domain.competencies().stream()
                        .anyMatch(competency -> competency.idnumber().equals(competencyIdnumber)))
                .findFirst();
    }

    public int levelDescriptorCount() {
        return allCompetencies().stream().mapToInt(competency -> competency.levels().size()).sum();
    }
}
