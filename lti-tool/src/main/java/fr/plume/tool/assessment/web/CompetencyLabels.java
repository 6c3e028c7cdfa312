package fr.plume.tool.assessment.web;

import fr.plume.framework.model.Competency;
import fr.plume.framework.model.Framework;
import fr.plume.tool.framework.api.Frameworks;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import org.springframework.stereotype.Component;

/** Competency titles from the current framework, in the reader's language; the code when unknown. */
@Component
public class CompetencyLabels {

    private final Frameworks frameworks;

    CompetencyLabels(Frameworks frameworks) {
        this.frameworks = frameworks;
    }

    public String label(String code, Locale locale) {
        return labeller(locale).apply(code);
    }

    /** Labels for a whole page: the current framework is looked up once, not once per competency. */
    public Function<String, String> labeller(Locale locale) {
        Optional<Framework> framework = frameworks.current().map(Frameworks.StoredFramework::framework);
        return code -> framework.flatMap(f -> f.competencyByCode(code))
                .map(competency -> code + " — " + title(competency, locale))
                .orElse(code);
    }

    private static String title(Competency competency, Locale locale) {
        String en = competency.title().en();
        return "en".equals(locale.getLanguage()) && en != null && !en.isBlank() ? en : competency.title().fr();
    }
}
