package fr.plume.framework.diff;

import fr.plume.framework.model.Competency;
import fr.plume.framework.model.Domain;
import fr.plume.framework.model.Framework;
import fr.plume.framework.model.LevelDescriptor;
import fr.plume.framework.model.LocalizedText;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * What changed between two versions of a framework. Domains and competencies are matched by idnumber (never by
 * code, which may be renumbered), so a Moodle site can be updated in place.
 */
public record FrameworkDiff(Framework before, Framework after,
                            List<Domain> addedDomains, List<Domain> removedDomains, List<DomainChange> changedDomains,
                            List<Competency> addedCompetencies, List<Competency> removedCompetencies,
                            List<CompetencyChange> changedCompetencies) {

    public FrameworkDiff {
        addedDomains = List.copyOf(addedDomains);
        removedDomains = List.copyOf(removedDomains);
        changedDomains = List.copyOf(changedDomains);
        addedCompetencies = List.copyOf(addedCompetencies);
        removedCompetencies = List.copyOf(removedCompetencies);
        changedCompetencies = List.copyOf(changedCompetencies);
    }

    public static FrameworkDiff between(Framework before, Framework after) {
        Map<UUID, Domain> oldDomains = indexDomains(before);
        Map<UUID, Domain> newDomains = indexDomains(after);
        List<Domain> addedDomains = newDomains.values().stream().filter(d -> !oldDomains.containsKey(d.idnumber())).toList();
        List<Domain> removedDomains = oldDomains.values().stream().filter(d -> !newDomains.containsKey(d.idnumber())).toList();
        List<DomainChange> changedDomains = new ArrayList<>();
        List<UUID> oldDomainOrder = List.copyOf(oldDomains.keySet());
        List<UUID> newDomainOrder = List.copyOf(newDomains.keySet());
        for (Domain domain : newDomains.values()) {
            Domain old = oldDomains.get(domain.idnumber());
            if (old != null) {
                EnumSet<Aspect> aspects = textAspects(old.code(), domain.code(), old.title(), domain.title(),
                        old.description(), domain.description());
                if (relativeIndex(oldDomainOrder, newDomainOrder, old.idnumber(), oldDomains.keySet(), newDomains.keySet())) {
                    aspects.add(Aspect.POSITION);
                }
                if (!aspects.isEmpty()) {
                    changedDomains.add(new DomainChange(old, domain, aspects));
                }
            }
        }

        Map<UUID, Competency> oldCompetencies = indexCompetencies(before);
        Map<UUID, Competency> newCompetencies = indexCompetencies(after);
        List<Competency> added = newCompetencies.values().stream().filter(c -> !oldCompetencies.containsKey(c.idnumber())).toList();
        List<Competency> removed = oldCompetencies.values().stream().filter(c -> !newCompetencies.containsKey(c.idnumber())).toList();
        List<CompetencyChange> changed = new ArrayList<>();
        for (Competency competency : newCompetencies.values()) {
            Competency old = oldCompetencies.get(competency.idnumber());
            if (old == null) {
                continue;
            }
            EnumSet<Aspect> aspects = textAspects(old.code(), competency.code(), old.title(), competency.title(),
                    old.description(), competency.description());
            UUID oldDomain = before.domainOf(old.idnumber()).map(Domain::idnumber).orElse(null);
            UUID newDomain = after.domainOf(competency.idnumber()).map(Domain::idnumber).orElse(null);
            if (!Objects.equals(oldDomain, newDomain)) {
                aspects.add(Aspect.DOMAIN);
            } else if (siblingPositionChanged(before, after, old, competency, oldDomain)) {
                aspects.add(Aspect.POSITION);
            }
            List<LevelChange> levelChanges = levelChanges(old, competency);
            if (!levelChanges.isEmpty()) {
                aspects.add(Aspect.LEVELS);
            }
            if (!aspects.isEmpty()) {
                changed.add(new CompetencyChange(old, competency, aspects, levelChanges));
            }
        }
        return new FrameworkDiff(before, after, addedDomains, removedDomains, changedDomains, added, removed, changed);
    }

    public boolean versionChanged() {
        return !before.version().equals(after.version());
    }

    public boolean metadataChanged() {
        return !before.code().equals(after.code()) || !before.title().equals(after.title())
                || !before.description().equals(after.description()) || !before.licence().equals(after.licence());
    }

    /** True when the two versions have the same content (the version number may still differ). */
    public boolean noContentChange() {
        return !metadataChanged() && addedDomains.isEmpty() && removedDomains.isEmpty() && changedDomains.isEmpty()
                && addedCompetencies.isEmpty() && removedCompetencies.isEmpty() && changedCompetencies.isEmpty();
    }

    /** A French summary, one line per change, for people who update a Moodle site. */
    public String summary() {
        StringBuilder text = new StringBuilder();
        text.append("Référentiel ").append(after.code()).append(" : version ").append(before.version())
                .append(" → ").append(after.version()).append('\n');
        if (noContentChange()) {
            return text.append("Aucun changement de contenu.").toString();
        }
        if (metadataChanged()) {
            text.append("Informations générales du référentiel modifiées (code, titre, description ou licence).\n");
        }
        section(text, "Domaines ajoutés", addedDomains.stream().map(d -> "+ " + label(d.code(), d.title())).toList());
        section(text, "Domaines supprimés", removedDomains.stream().map(d -> "- " + label(d.code(), d.title())).toList());
        section(text, "Domaines modifiés", changedDomains.stream()
                .map(c -> "~ " + label(c.after().code(), c.after().title()) + " : " + aspects(c.aspects())).toList());
        section(text, "Compétences ajoutées", addedCompetencies.stream().map(c -> "+ " + label(c.code(), c.title())).toList());
        section(text, "Compétences supprimées", removedCompetencies.stream().map(c -> "- " + label(c.code(), c.title())).toList());
        section(text, "Compétences modifiées", changedCompetencies.stream().map(FrameworkDiff::describe).toList());
        return text.toString().stripTrailing();
    }

    private static String describe(CompetencyChange change) {
        String line = "~ " + label(change.after().code(), change.after().title()) + " : " + aspects(change.aspects());
        if (!change.before().code().equals(change.after().code())) {
            line += " (ancien code " + change.before().code() + ")";
        }
        List<String> levels = new ArrayList<>();
        for (LevelChange.Kind kind : LevelChange.Kind.values()) {
            List<Integer> numbers = change.levelChanges().stream().filter(c -> c.kind() == kind).map(LevelChange::level).toList();
            if (!numbers.isEmpty()) {
                String what = switch (kind) {
                    case ADDED -> "ajouté";
                    case REMOVED -> "supprimé";
                    case CHANGED -> "modifié";
                };
                levels.add((numbers.size() == 1 ? "niveau " : "niveaux ")
                        + numbers.stream().map(String::valueOf).collect(Collectors.joining(", "))
                        + " " + what + (numbers.size() == 1 ? "" : "s"));
            }
        }
        return levels.isEmpty() ? line : line + " — " + String.join(" ; ", levels);
    }

    private static void section(StringBuilder text, String title, List<String> lines) {
        if (!lines.isEmpty()) {
            text.append(title).append(" (").append(lines.size()).append(") :\n");
            lines.forEach(line -> text.append("  ").append(line).append('\n'));
        }
    }

    private static String label(String code, LocalizedText title) {
        return code + " " + title.fr();
    }

    private static String aspects(java.util.Set<Aspect> aspects) {
        return EnumSet.copyOf(aspects).stream().map(Aspect::frenchLabel).collect(Collectors.joining(", "));
    }

    private static EnumSet<Aspect> textAspects(String oldCode, String newCode, LocalizedText oldTitle, LocalizedText newTitle,
                                              LocalizedText oldDescription, LocalizedText newDescription) {
        EnumSet<Aspect> aspects = EnumSet.noneOf(Aspect.class);
        if (!oldCode.equals(newCode)) {
            aspects.add(Aspect.CODE);
        }
        if (!oldTitle.equals(newTitle)) {
            aspects.add(Aspect.TITLE);
        }
        if (!oldDescription.equals(newDescription)) {
            aspects.add(Aspect.DESCRIPTION);
        }
        return aspects;
    }

    private static List<LevelChange> levelChanges(Competency before, Competency after) {
        TreeSet<Integer> levels = new TreeSet<>();
        before.levels().forEach(descriptor -> levels.add(descriptor.level()));
        after.levels().forEach(descriptor -> levels.add(descriptor.level()));
        List<LevelChange> changes = new ArrayList<>();
        for (int level : levels) {
            Optional<LocalizedText> old = before.level(level).map(LevelDescriptor::text);
            Optional<LocalizedText> now = after.level(level).map(LevelDescriptor::text);
            if (!old.equals(now)) {
                changes.add(new LevelChange(level, old, now));
            }
        }
        return changes;
    }

    /** Position among the siblings that exist in both versions, so an insertion does not flag every later sibling. */
    private static boolean siblingPositionChanged(Framework before, Framework after, Competency old, Competency now, UUID domainId) {
        if (domainId == null) {
            return false;
        }
        List<UUID> oldSiblings = before.domainByIdnumber(domainId).orElseThrow().competencies().stream().map(Competency::idnumber).toList();
        List<UUID> newSiblings = after.domainByIdnumber(domainId).orElseThrow().competencies().stream().map(Competency::idnumber).toList();
        return relativeIndex(oldSiblings, newSiblings, now.idnumber(), oldSiblings, newSiblings);
    }

    private static boolean relativeIndex(List<UUID> oldOrder, List<UUID> newOrder, UUID id,
                                         java.util.Collection<UUID> oldIds, java.util.Collection<UUID> newIds) {
        List<UUID> oldCommon = oldOrder.stream().filter(newIds::contains).toList();
        List<UUID> newCommon = newOrder.stream().filter(oldIds::contains).toList();
        return oldCommon.indexOf(id) != newCommon.indexOf(id);
    }

    private static Map<UUID, Domain> indexDomains(Framework framework) {
        Map<UUID, Domain> index = new LinkedHashMap<>();
        framework.domains().forEach(domain -> index.putIfAbsent(domain.idnumber(), domain));
        return index;
    }

    private static Map<UUID, Competency> indexCompetencies(Framework framework) {
        Map<UUID, Competency> index = new LinkedHashMap<>();
        framework.allCompetencies().forEach(competency -> index.putIfAbsent(competency.idnumber(), competency));
        return index;
    }
}
