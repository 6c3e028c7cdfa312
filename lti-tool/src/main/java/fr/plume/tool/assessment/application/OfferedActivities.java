package fr.plume.tool.assessment.application;

import fr.plume.framework.model.Competency;
import fr.plume.tool.framework.api.Frameworks;
import fr.plume.tool.lti.api.PlaceableActivities;
import fr.plume.tool.lti.api.PlaceableActivity;
import fr.plume.tool.lti.api.PlaceableActivity.Kind;
import fr.plume.tool.shared.domain.GradeScale;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * The activities assessment offers for placing in a course (Deep Linking): the diagnostic, one
 * practice per competency of the current framework, the mock certification and the certification. Without a stored
 * framework there is nothing to practise, so only the diagnostic, the mock and the certification are offered.
 */
@Component
public class OfferedActivities implements PlaceableActivities {

    /** The one certification the tool offers (its {@code plume_activity}). */
    static final String CERTIFICATION = "certification";
    /** The mock certification ("examen blanc", issue 17): no seat, no certificate. */
    static final String MOCK_CERTIFICATION = "mock-certification";

    private final Frameworks frameworks;

    public OfferedActivities(Frameworks frameworks) {
        this.frameworks = frameworks;
    }

    @Override
    public List<PlaceableActivity> placeableFor(UUID memberId) {
        List<Competency> competencies = frameworks.current()
                .map(stored -> stored.framework().allCompetencies())
                .orElse(List.of());
        List<PlaceableActivity> list = new ArrayList<>();
        list.add(new PlaceableActivity("diagnostic", Kind.DIAGNOSTIC, "Test de positionnement",
                "Placement test", "Un test adaptatif de 15 à 30 questions qui situe l’étudiant sur chaque compétence.",
                "An adaptive test of 15 to 30 questions that places the student on each competency.",
                (double) GradeScale.MAXIMUM, "diagnostic", Map.of()));
        competencies.forEach(competency -> list.add(practice(competency)));
        list.add(new PlaceableActivity(MOCK_CERTIFICATION, Kind.MOCK_CERTIFICATION, "Examen blanc de certification",
                "Mock certification", "Une certification d’entraînement, aussi souvent que voulu : même épreuve, même"
                        + " durée, sans certificat, avec le niveau probable et ce qu’il reste à travailler.",
                "A practice certification, as often as wished: same test, same time, no certificate, with the likely"
                        + " level and what to work on.",
                (double) GradeScale.MAXIMUM, "mock-certification", Map.of()));
        list.add(new PlaceableActivity(CERTIFICATION, Kind.CERTIFICATION, "Certification Plume",
                "Plume certification", "L’entrée vers une session de certification surveillée (40 questions, 90 minutes).",
                "The way into an invigilated certification session (40 questions, 90 minutes).",
                (double) GradeScale.MAXIMUM, "certification", Map.of()));
        return List.copyOf(list);
    }

    /** Whether the tool offers a certification of this id. */
    public boolean certificationOffered(String id) {
        return CERTIFICATION.equals(id);
    }

    private static PlaceableActivity practice(Competency competency) {
        String code = competency.code();
        String fr = competency.title().fr();
        String en = competency.title().en() == null || competency.title().en().isBlank() ? fr : competency.title().en();
        return new PlaceableActivity("formative-" + code, Kind.FORMATIVE,
                "Entraînement " + code + " — " + fr, "Practice " + code + " — " + en,
                "Exercices corrigés et expliqués sur la compétence « " + fr + " ».",
                "Exercises with feedback and explanations on “" + en + "”.",
                (double) GradeScale.MAXIMUM, "competency:" + code, Map.of("plume_competency", code));
    }
}
