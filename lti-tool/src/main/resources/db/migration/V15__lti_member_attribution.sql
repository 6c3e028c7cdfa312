-- A platform shared by several members (one Moodle for many universities) is one registration
-- whose launches are attributed to members by a rule (issue 13): a value of the launch (a custom
-- parameter, or the lis claim's person or course sourcedId), cut at a separator, looked up in the
-- list below; a launch without a listed value falls back to the registration's member.
CREATE TABLE lti_member_attribution (
    registration_id UUID         PRIMARY KEY REFERENCES lti_registration (id) ON DELETE CASCADE,
    source          VARCHAR(30)  NOT NULL CHECK (source IN ('CUSTOM_PARAMETER', 'PERSON_SOURCEDID', 'COURSE_SOURCEDID')),
    parameter       VARCHAR(100),
    separator       VARCHAR(5),
    updated_at      TIMESTAMPTZ  NOT NULL,
    CHECK ((source = 'CUSTOM_PARAMETER') = (parameter IS NOT NULL))
);

CREATE TABLE lti_member_attribution_value (
    registration_id UUID         NOT NULL REFERENCES lti_member_attribution (registration_id) ON DELETE CASCADE,
    value_key       VARCHAR(100) NOT NULL,
    member_id       UUID         NOT NULL REFERENCES member (id),
    PRIMARY KEY (registration_id, value_key)
);
CREATE INDEX lti_member_attribution_value_member ON lti_member_attribution_value (member_id);

-- Each enrolment remembers the registration it last came through and how its member was found, so
-- the administrator sees what the rule does (no personal data: the key is a course or person code
-- prefix). Rows written before this migration: REGISTRATION (there was no rule).
ALTER TABLE lti_enrolment
    ADD COLUMN registration_id UUID,
    ADD COLUMN attribution_key VARCHAR(100),
    ADD COLUMN attribution     VARCHAR(20) NOT NULL DEFAULT 'REGISTRATION'
        CHECK (attribution IN ('REGISTRATION', 'RULE', 'FALLBACK'));
CREATE INDEX lti_enrolment_member_recent ON lti_enrolment (member_id, last_launch_at DESC);
CREATE INDEX lti_enrolment_registration_recent ON lti_enrolment (registration_id, last_launch_at DESC);
