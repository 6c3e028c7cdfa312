package fr.plume.tool.dashboard.application;

import fr.plume.tool.assessment.api.ClassResults;
import fr.plume.tool.assessment.api.ClassResults.PracticeAnswer;
import fr.plume.tool.dashboard.application.ShowClassPage.ClassPage;
import fr.plume.tool.dashboard.domain.ClassStudent;
import fr.plume.tool.itembank.api.ItemCatalog;
import fr.plume.tool.lti.api.ClassRoster;
import fr.plume.tool.lti.api.LaunchContext;
import fr.plume.tool.shared.domain.PlumeProblemException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Service;

/**
 * One student of the class in detail: their levels, status and progress, and their answers to
 * diagnostic and practice items. Certification items and answers are never shown (their content is
 * kept secret; only a published certification level appears).
 */
@Service
public class ShowStudentAnswers {

    /** One answer as the teacher sees it ({@code correct} null while awaiting marking). */
    public record AnswerLine(int position, String competencyCode, String competencyLabel, String stem,
            String answer, Boolean correct, Instant answeredAt) {
    }

    /** The answers of one attempt, in the order the items were shown. */
    public record AttemptAnswers(UUID attemptId, String mode, Instant startedAt, List<AnswerLine> answers) {

        public String modeKey() {
            return "class.mode." + mode;
        }
    }

    public record StudentAnswers(ClassPage page, ClassStudent student, List<ClassDashboard.Competency> competencies,
            List<AttemptAnswers> attempts) {
    }

    private final ShowClassPage classPage;
    private final ShowClassDashboard dashboard;
    private final ClassRoster roster;
    private final ClassResults results;
    private final ItemCatalog items;
    private final ClassLabels labels;

    ShowStudentAnswers(ShowClassPage classPage, ShowClassDashboard dashboard, ClassRoster roster,
            ClassResults results, ItemCatalog items, ClassLabels labels) {
        this.classPage = classPage;
        this.dashboard = dashboard;
        this.roster = roster;
        this.results = results;
        this.items = items;
        this.labels = labels;
    }

    /** @param studentKey the student's key in the class ({@link ClassStudent#key()}) */
    public StudentAnswers show(UUID contextId, String studentKey, String language) {
        ClassPage page = classPage.ofCourse(contextId);
        LaunchContext launch = page.launch();
        // Only a student of this class: the cached roster and this course's launches and results.
        ClassStudent student = dashboard.students(launch, roster.cached(contextId, launch.memberId()))
                .stream().filter(s -> s.key().equals(studentKey)).findFirst()
                .orElseThrow(() -> new PlumeProblemException("CLASS-STUDENT-NOT-FOUND", 404));
        ClassLabels.Labels names = labels.in(language);
        List<AttemptAnswers> attempts = student.userId() == null ? List.of()
                : attempts(results.practiceAnswers(launch.memberId(), contextId, student.userId()), names);
        return new StudentAnswers(page, student, names.competencies(student.levels().keySet()), attempts);
    }

    private List<AttemptAnswers> attempts(List<PracticeAnswer> answers, ClassLabels.Labels names) {
        String language = names.language();
        Map<UUID, List<PracticeAnswer>> byAttempt = new LinkedHashMap<>();
        answers.forEach(a -> byAttempt.computeIfAbsent(a.attemptId(), id -> new ArrayList<>()).add(a));
        Map<String, String> competencyLabels = new LinkedHashMap<>();
        Map<UUID, String> stems = new LinkedHashMap<>();
        List<AttemptAnswers> attempts = new ArrayList<>();
        byAttempt.forEach((id, lines) -> attempts.add(new AttemptAnswers(id, lines.get(0).mode(),
                lines.get(0).startedAt(), lines.stream().map(a -> new AnswerLine(a.position(), a.competencyCode(),
                        competencyLabels.computeIfAbsent(a.competencyCode(), names::label),
                        stems.computeIfAbsent(a.itemId(), i -> items.item(i).map(it -> it.stem().in(language))
                                .orElse(null)),
                        a.response(), a.correct(), a.answeredAt())).toList())));
        return attempts;
    }
}
