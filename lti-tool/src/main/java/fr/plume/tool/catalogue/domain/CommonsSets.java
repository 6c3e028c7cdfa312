package fr.plume.tool.catalogue.domain;

import fr.plume.framework.content.OpenModule;
import fr.plume.framework.model.Competency;
import fr.plume.framework.model.Domain;
import fr.plume.framework.model.Framework;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The OAI-PMH sets of the commons (OAI-PMH 2.0 §2.7): one per domain of the current framework
 * ({@code domain-2}) and below it one per competency ({@code domain-2:competency-2.3}). A module
 * is in the sets of the competencies its objectives name, and so in their domains.
 */
public final class CommonsSets {

    /** One set: its spec and its name as harvesters show it. */
    public record CommonsSet(String spec, String name) {
    }

    private CommonsSets() {
    }

    public static List<CommonsSet> of(Framework framework) {
        List<CommonsSet> sets = new ArrayList<>();
        for (Domain domain : framework.domains()) {
            sets.add(new CommonsSet(domainSpec(domain.code()), domain.code() + " " + domain.title().fr()));
            for (Competency competency : domain.competencies()) {
                sets.add(new CommonsSet(competencySpec(domain.code(), competency.code()),
                        competency.code() + " " + competency.title().fr()));
            }
        }
        return sets;
    }

    /** The sets a module belongs to; without a framework a competency's domain is its code before the first dot. */
    public static Set<String> specsOf(OpenModule module, Optional<Framework> framework) {
        Set<String> specs = new LinkedHashSet<>();
        for (OpenModule.Objective objective : module.objectives()) {
            String code = objective.competency();
            String domain = framework.flatMap(f -> f.domains().stream()
                            .filter(d -> d.competencyByCode(code).isPresent()).findFirst().map(Domain::code))
                    .orElse(code.contains(".") ? code.substring(0, code.indexOf('.')) : code);
            specs.add(domainSpec(domain));
            specs.add(competencySpec(domain, code));
        }
        return specs;
    }

    private static String domainSpec(String domain) {
        return "domain-" + specPart(domain);
    }

    private static String competencySpec(String domain, String competency) {
        return domainSpec(domain) + ":competency-" + specPart(competency);
    }

    /** A setSpec part keeps only the characters the protocol allows (unreserved URI characters). */
    private static String specPart(String code) {
        return code.replaceAll("[^A-Za-z0-9\\-_.!~*'()]", "_");
    }
}
