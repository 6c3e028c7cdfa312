package fr.plume.tool.lti.infra;

import com.nimbusds.jose.util.JSONObjectUtils;
import fr.plume.tool.lti.api.PlaceableActivities;
import fr.plume.tool.lti.api.PlaceableActivity;
import fr.plume.tool.lti.api.PlaceableActivity.Kind;
import fr.plume.tool.shared.domain.GradeScale;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The activities every member can place until the item bank publishes its own: the diagnostic,
 * one formative practice per competency of the shared framework (read from the CASE file shipped
 * in {@code samples/framework}), and the certification.
 */
@Component
class FrameworkPlaceableActivities implements PlaceableActivities {

    private static final Logger log = LoggerFactory.getLogger(FrameworkPlaceableActivities.class);
    static final String FRAMEWORK = "samples/framework/referentiel-plume-ecrit.case.json";

    private final List<PlaceableActivity> activities;

    FrameworkPlaceableActivities() {
        this.activities = build(competencies());
    }

    @Override
    public List<PlaceableActivity> placeableFor(UUID memberId) {
        return activities;
    }

    record Competency(String code, String labelFr, String labelEn) {
    }

    static List<PlaceableActivity> build(List<Competency> competencies) {
        List<PlaceableActivity> list = new ArrayList<>();
        list.add(new PlaceableActivity("diagnostic", Kind.DIAGNOSTIC, "Test de positionnement",
                "Placement test", "Un test adaptatif de 15 à 30 questions qui situe l’étudiant sur chaque compétence.",
                "An adaptive test of 15 to 30 questions that places the student on each competency.",
                (double) GradeScale.MAXIMUM, "diagnostic", Map.of()));
        for (Competency c : competencies) {
            list.add(new PlaceableActivity("formative-" + c.code(), Kind.FORMATIVE,
                    "Entraînement " + c.code() + " — " + c.labelFr(), "Practice " + c.code() + " — " + c.labelEn(),
                    "Exercices corrigés et expliqués sur la compétence « " + c.labelFr() + " ».",
                    "Exercises with feedback and explanations on “" + c.labelEn() + "”.",
                    (double) GradeScale.MAXIMUM, "competency:" + c.code(), Map.of("plume_competency", c.code())));
        }
        list.add(new PlaceableActivity("certification", Kind.CERTIFICATION, "Certification Plume",
                "Plume certification", "L’entrée vers une session de certification surveillée (40 questions, 90 minutes).",
                "The way into an invigilated certification session (40 questions, 90 minutes).",
                (double) GradeScale.MAXIMUM, "certification", Map.of()));
        return List.copyOf(list);
    }

    @SuppressWarnings("unchecked")
    static List<Competency> competencies() {
        ClassPathResource resource = new ClassPathResource(FRAMEWORK);
        if (!resource.exists()) {
            return fallback();
        }
        try (InputStream in = resource.getInputStream()) {
            Map<String, Object> json = JSONObjectUtils.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            List<Competency> found = new ArrayList<>();
            for (Object item : (List<Object>) json.getOrDefault("CFItems", List.of())) {
                if (!(item instanceof Map<?, ?> m) || !"Compétence".equals(m.get("CFItemType"))) {
                    continue;
                }
                String code = String.valueOf(m.get("humanCodingScheme"));
                String fr = String.valueOf(m.get("fullStatement"));
                String en = fr;
                if (m.get("extensions") instanceof Map<?, ?> ext && ext.get("plume") instanceof Map<?, ?> plume
                        && plume.get("en") instanceof Map<?, ?> english && english.get("fullStatement") instanceof String s) {
                    en = s;
                }
                found.add(new Competency(code, fr, en));
            }
            return found.isEmpty() ? fallback() : found;
        } catch (IOException | ParseException | ClassCastException e) {
            log.warn("event=lti.placeable.framework-unreadable reason={}", e.getClass().getSimpleName());
            return fallback();
        }
    }

    private static List<Competency> fallback() {
        return List.of(new Competency("1", "Orthographe", "Spelling"),
                new Competency("2", "Syntaxe et ponctuation", "Syntax and punctuation"),
                new Competency("3", "Cohérence du texte", "Text cohesion"));
    }
}
