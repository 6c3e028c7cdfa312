package fr.plume.tool.lti.api;

import java.time.YearMonth;
import java.util.List;
import java.util.UUID;

/**
 * Launch counts per member over whole months (UTC), for the consortium's usage report: no person is
 * named, only how many launched.
 */
public interface LaunchUsage {

    /**
     * @param launches launches in the months
     * @param people   distinct people who launched
     * @param learners distinct people who launched at least once as a learner (the active students)
     */
    record MemberLaunches(UUID memberId, long launches, long people, long learners) {
    }

    /** Every member with a launch from month {@code from} to month {@code to}, both included. */
    List<MemberLaunches> everyMember(YearMonth from, YearMonth to);
}
