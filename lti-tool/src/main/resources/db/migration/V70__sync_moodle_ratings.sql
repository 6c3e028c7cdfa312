-- Course teams' choice to have Plume rate their students' competencies in the Moodle course
-- (per member and Plume course context), and which results count: diagnostics, certifications.
CREATE TABLE sync_rating_preference (
    member_id   UUID        NOT NULL REFERENCES member (id),
    context_id  UUID        NOT NULL,
    enabled     BOOLEAN     NOT NULL,
    origins     TEXT[]      NOT NULL,
    updated_by  UUID        NOT NULL,
    updated_at  TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (member_id, context_id),
    CONSTRAINT sync_rating_preference_origins CHECK (origins <@ ARRAY['DIAGNOSTIC', 'CERTIFICATION']::TEXT[])
);

-- The grade last sent per site, course, Moodle user and competency: each
-- core_competency_grade_competency_in_course call adds evidence in Moodle, so a grade is sent once.
CREATE TABLE sync_rating_ledger (
    member_id           UUID        NOT NULL REFERENCES member (id),
    site_id             UUID        NOT NULL REFERENCES sync_site (id) ON DELETE CASCADE,
    course_id           BIGINT      NOT NULL,
    moodle_user_id      BIGINT      NOT NULL,
    competency_idnumber UUID        NOT NULL,
    grade               INT         NOT NULL,
    pushed_at           TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (member_id, site_id, course_id, moodle_user_id, competency_idnumber)
);
