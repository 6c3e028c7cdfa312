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
 */
public record ClassDashboard(ClassPage page, String rosterProblem, Instant rosterFetchedAt,
        List<PlacedActivity> activities, List<String> groups, ClassFilter filter, List<Competency> competencies,
        List<ClassStudent> students, int classSize, int[] distribution, List<ModeProgress> progress,
        List<HardItem> hardestItems) {

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
