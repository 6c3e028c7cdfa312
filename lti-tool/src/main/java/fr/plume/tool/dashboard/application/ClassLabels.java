package fr.plume.tool.dashboard.application;

import fr.plume.framework.model.Competency;
import fr.plume.framework.model.Framework;
import fr.plume.tool.framework.api.Frameworks;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** The framework's labels of competency codes, in the reader's language ("2.3 Accord du participe"). */
@Component
class ClassLabels {

    private final Frameworks frameworks;

    ClassLabels(Frameworks frameworks) {
        this.frameworks = frameworks;
    }

    /** The current framework's labels, read once for a whole page or export. */
    Labels in(String language) {
        return new Labels(frameworks.current().map(Frameworks.StoredFramework::framework), language);
    }

    record Labels(Optional<Framework> framework, String language) {

        /** The competencies the class has levels on, in framework order (unknown codes last, by code). */
        List<ClassDashboard.Competency> competencies(Collection<String> codes) {
            List<String> order = framework.map(f -> f.allCompetencies().stream().map(Competency::code).toList())
                    .orElse(List.of());
            return codes.stream().distinct()
                    .sorted(Comparator.comparingInt((String c) -> order.contains(c) ? order.indexOf(c)
                            : Integer.MAX_VALUE).thenComparing(c -> c))
                    .map(code -> new ClassDashboard.Competency(code, label(code)))
                    .toList();
        }

        /** The competency's title in the language (French when untranslated), else its code. */
        String label(String code) {
            return framework.flatMap(f -> f.competencyByCode(code))
                    .map(c -> "en".equals(language) && c.title().en() != null && !c.title().en().isBlank()
                            ? c.title().en() : c.title().fr())
                    .orElse(code);
        }
    }
}
