package fr.plume.sync.job;

import static fr.plume.sync.moodle.WsCapabilities.*;

import fr.plume.sync.i18n.Phrase;
import fr.plume.sync.moodle.MoodleCompetencyApi;
import fr.plume.sync.moodle.MoodleCourseApi;
import fr.plume.sync.moodle.MoodleWsException;
import fr.plume.sync.moodle.SiteInfo;
import fr.plume.sync.moodle.WsFunctions;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * What each job needs on a member's Moodle and what it lacks: the web service functions of the
 * token's service, then the capabilities of the token's account, tested by calls that Moodle
 * refuses with {@code nopermissions} when one is missing and that change nothing otherwise.
 * Capabilities only a write could test are named, not tested.
 */
public final class SiteCheck {

    /** One job's readiness; {@code problems} empty means ready. */
    public record JobReadiness(String job, List<String> missingFunctions, List<Phrase> problems, List<Phrase> notes) {

        public JobReadiness {
            missingFunctions = List.copyOf(missingFunctions);
            problems = List.copyOf(problems);
            notes = List.copyOf(notes);
        }

        public boolean ready() {
            return missingFunctions.isEmpty() && problems.isEmpty();
        }
    }

    public record Result(SiteInfo site, List<JobReadiness> jobs) {

        public Result {
            jobs = List.copyOf(jobs);
        }

        public boolean allReady() {
            return jobs.stream().allMatch(JobReadiness::ready);
        }
    }

    private final MoodleCompetencyApi api;

    public SiteCheck(MoodleCompetencyApi api) {
        this.api = api;
    }

    /**
     * @param course the course where capabilities are tested (Moodle checks them in each course's
     *               context); the site's front page when empty, which tests a site-level role
     */
    public Result run(OptionalLong course) {
        SiteInfo info = api.siteInfo();
        long courseId = course.orElse(info.siteId());
        Phrase where = course.isPresent() ? Phrase.of("check.where.course", courseId)
                : Phrase.of("check.where.site", courseId);
        return new Result(info, List.of(frameworkPush(info), ratingsPush(info, courseId, where, course.isEmpty()),
                courseHarvest(info, courseId, where)));
    }

    private JobReadiness frameworkPush(SiteInfo info) {
        List<String> needed = new ArrayList<>(WsFunctions.FRAMEWORK_PUSH_READ);
        needed.addAll(WsFunctions.FRAMEWORK_PUSH_WRITE);
        List<Phrase> problems = new ArrayList<>();
        List<Phrase> notes = new ArrayList<>();
        if (info.functions().contains(WsFunctions.LIST_FRAMEWORKS)) {
            refusal(() -> api.findFramework("plume-site-check"), WsFunctions.LIST_FRAMEWORKS,
                    Phrase.of("check.where.system")).ifPresent(problems::add);
        }
        if (info.missing(WsFunctions.FRAMEWORK_PUSH_WRITE).size() == WsFunctions.FRAMEWORK_PUSH_WRITE.size()) {
            notes.add(Phrase.of("check.csvFallback"));
            needed = WsFunctions.FRAMEWORK_PUSH_READ;
        } else {
            notes.add(Phrase.of("check.writeOnly", COMPETENCY_MANAGE));
        }
        return new JobReadiness("framework push", info.missing(needed), problems, notes);
    }

    private JobReadiness ratingsPush(SiteInfo info, long courseId, Phrase where, boolean frontPage) {
        List<Phrase> problems = new ArrayList<>();
        List<Phrase> notes = new ArrayList<>();
        if (info.functions().contains(WsFunctions.LIST_COURSE_COMPETENCIES)) {
            refusal(() -> api.courseCompetencies(courseId), WsFunctions.LIST_COURSE_COMPETENCIES, where)
                    .ifPresent(problems::add);
        }
        if (info.functions().contains(WsFunctions.GRADE_COMPETENCY_IN_COURSE)) {
            gradeProbe(courseId, where).ifPresent(problems::add);
        }
        notes.add(Phrase.of("check.courseManage", COURSE_COMPETENCY_MANAGE));
        if (frontPage) {
            notes.add(Phrase.of("check.perCourse"));
        }
        return new JobReadiness("ratings push", info.missing(WsFunctions.RATINGS_PUSH), problems, notes);
    }

    private JobReadiness courseHarvest(SiteInfo info, long courseId, Phrase where) {
        List<Phrase> problems = new ArrayList<>();
        if (info.functions().contains(WsFunctions.GET_COURSE_CONTENTS)) {
            refusal(() -> new MoodleCourseApi(api.client()).contents(courseId), WsFunctions.GET_COURSE_CONTENTS, where)
                    .ifPresent(problems::add);
        }
        return new JobReadiness("resources harvest --course", info.missing(WsFunctions.COURSE_HARVEST), problems,
                List.of());
    }

    /**
     * Rates competency 0 of user 0 in the course. api::grade_competency_in_course checks, in this
     * order: competencies enabled; moodle/competency:usercompetencyview in the course, else in
     * the user's context; moodle/competency:competencygrade likewise; then that the competency
     * belongs to the course, which competency 0 never does, so nothing can be rated. User 0 has no
     * context: falling back to it fails (invalidrecord), so that outcome means a capability is
     * not granted in the course, and only the "not in this course" refusal means both are.
     */
    private Optional<Phrase> gradeProbe(long courseId, Phrase where) {
        try {
            api.gradeCompetencyInCourse(courseId, 0, 0, 1, "");
            return Optional.of(Phrase.of("check.unexpected", WsFunctions.GRADE_COMPETENCY_IN_COURSE));
        } catch (MoodleWsException e) {
            if ("coding_exception".equals(e.exceptionClass())) {
                return Optional.empty();
            }
            if ("nopermissions".equals(e.errorCode()) || "invalidrecord".equals(e.errorCode())
                    || "dml_missing_record_exception".equals(e.exceptionClass())) {
                return Optional.of(Phrase.of("check.grantBoth", USER_COMPETENCY_VIEW, COMPETENCY_GRADE, where,
                        e.errorCode()));
            }
            return Optional.of(describe(e, WsFunctions.GRADE_COMPETENCY_IN_COURSE));
        }
    }

    private static Optional<Phrase> refusal(Runnable call, String function, Phrase where) {
        try {
            call.run();
            return Optional.empty();
        } catch (MoodleWsException e) {
            if (e.isTokenProblem()) {
                throw e;
            }
            if ("nopermissions".equals(e.errorCode())) {
                return Optional.of(Phrase.of("check.grant", String.join(", ", neededBy(function)), where, function,
                        e.moodleMessage()));
            }
            return Optional.of(describe(e, function));
        }
    }

    private static Phrase describe(MoodleWsException e, String function) {
        if ("competenciesarenotenabled".equals(e.errorCode())) {
            return Phrase.of("check.competenciesDisabled");
        }
        return Phrase.of("check.refused", function, e.errorCode(), e.moodleMessage());
    }
}
