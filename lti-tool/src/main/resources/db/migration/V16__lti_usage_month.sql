-- Launch counts for the consortium's usage report (issue 13): one row per member, month (UTC) and
-- person, counting that person's launches, upserted in the statement that records the launch. It
-- keeps no name, course or time of day: only that a person launched n times in a month, and whether
-- once as a learner (active students are the distinct learners of a period).
CREATE TABLE lti_usage_month (
    member_id UUID    NOT NULL REFERENCES member (id),
    month     DATE    NOT NULL CHECK (extract(day FROM month) = 1),
    user_id   UUID    NOT NULL,
    learner   BOOLEAN NOT NULL,
    launches  INTEGER NOT NULL CHECK (launches >= 1),
    PRIMARY KEY (member_id, month, user_id)
);
-- The report counts distinct people per member over a range of months: an index-only scan in
-- (member, person) order groups each person's months without sorting (docs/performance.md).
CREATE INDEX lti_usage_month_people ON lti_usage_month (member_id, user_id, month) INCLUDE (learner, launches);
