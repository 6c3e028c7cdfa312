package fr.plume.tool.dashboard.application;

import fr.plume.tool.dashboard.application.ShowClassPage.ClassPage;
import fr.plume.tool.dashboard.domain.ClassFilter;
import fr.plume.tool.dashboard.domain.ClassStudent;
import fr.plume.tool.dashboard.domain.HardItem;
import fr.plume.tool.dashboard.domain.ModeProgress;
import fr.plume.tool.lti.api.CourseDirectory.PlacedActivity;
import java.time.Instant;
import java.util.List;

/**
 * The class dashboard of one course, narrowed by {@code filter}.
 *
 * @param rosterProblem    a reason code when the platform's roster could not be used (the class then
 *                         comes from the tool's own launches), else null
 * @param rosterFetchedAt  when the platform's roster was read, null if never
 * @param classSize        students before filtering
 * @param distribution     students per global level (index 0: no level yet)
 * @param pageNumber       the page of the student tables shown (1-based), {@link #PAGE_SIZE} students each
 */
public record ClassDashboard(ClassPage page, String rosterProblem, Instant rosterFetchedAt,
        List<PlacedActivity> activities, List<String> groups, ClassFilter filter, List<Competency> competencies,
        List<ClassStudent> students, int classSize, int[] distribution, List<ModeProgress> progress,
        List<HardItem> hardestItems, int pageNumber) {

    /**
     * Students per page of the tables: a class of 1,000 is shown 100 at a time (the charts, the
     * distribution and the exports always cover the whole filtered class).
     */
    public static final int PAGE_SIZE = 100;

    public ClassDashboard {
        pageNumber = Math.max(1, Math.min(pageNumber, pageCount(students.size())));
    }

    private static int pageCount(int students) {
        return Math.max(1, (students + PAGE_SIZE - 1) / PAGE_SIZE);
    }

    public int pageCount() {
        return pageCount(students.size());
    }

    /** The students of the page shown. */
    public List<ClassStudent> pageStudents() {
        int from = (pageNumber - 1) * PAGE_SIZE;
        return students.subList(from, Math.min(students.size(), from + PAGE_SIZE));
    }

    /** A competency of the framework as the class's levels name it. */
    public record Competency(String code, String label) {

        /** "2.3 Accord du participe", or the code alone when the framework does not name it. */
        public String heading() {
            return label == null || label.equals(code) ? code : code + " " + label;
        }
    }

    public int distributionMax() {
        int max = 0;
        for (int n : distribution) {
            max = Math.max(max, n);
        }
        return max;
    }
}
