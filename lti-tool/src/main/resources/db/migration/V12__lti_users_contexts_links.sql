-- People, courses and placements as platforms announce them in launches. Personal data (names,
-- e-mail) is stored only when the platform sends it, and never written to logs (DESIGN §10).
CREATE TABLE lti_user (
    id             UUID PRIMARY KEY,
    member_id      UUID         NOT NULL REFERENCES member (id),
    issuer         VARCHAR(500) NOT NULL,
    subject        VARCHAR(255) NOT NULL,
    given_name     VARCHAR(200),
    family_name    VARCHAR(200),
    name           VARCHAR(400),
    email          VARCHAR(320),
    locale         VARCHAR(20),
    created_at     TIMESTAMPTZ  NOT NULL,
    last_launch_at TIMESTAMPTZ  NOT NULL,
    CONSTRAINT lti_user_identity UNIQUE (member_id, issuer, subject)
);

CREATE TABLE lti_context (
    id                  UUID PRIMARY KEY,
    member_id           UUID         NOT NULL REFERENCES member (id),
    issuer              VARCHAR(500) NOT NULL,
    platform_context_id VARCHAR(255) NOT NULL,
    label               VARCHAR(255),
    title               VARCHAR(500),
    created_at          TIMESTAMPTZ  NOT NULL,
    updated_at          TIMESTAMPTZ  NOT NULL,
    CONSTRAINT lti_context_identity UNIQUE (member_id, issuer, platform_context_id)
);

CREATE TABLE lti_resource_link (
    id               UUID PRIMARY KEY,
    member_id        UUID         NOT NULL REFERENCES member (id),
    issuer           VARCHAR(500) NOT NULL,
    platform_link_id VARCHAR(255) NOT NULL,
    context_id       UUID REFERENCES lti_context (id),
    title            VARCHAR(500),
    custom           JSONB        NOT NULL DEFAULT '{}'::jsonb,
    created_at       TIMESTAMPTZ  NOT NULL,
    updated_at       TIMESTAMPTZ  NOT NULL,
    CONSTRAINT lti_resource_link_identity UNIQUE (member_id, issuer, platform_link_id)
);

-- Who launched in which course with which roles (the roster proper comes from NRPS).
CREATE TABLE lti_enrolment (
    member_id      UUID        NOT NULL REFERENCES member (id),
    context_id     UUID        NOT NULL REFERENCES lti_context (id),
    user_id        UUID        NOT NULL REFERENCES lti_user (id),
    roles          TEXT[]      NOT NULL,
    last_launch_at TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (context_id, user_id)
);
CREATE INDEX lti_enrolment_member ON lti_enrolment (member_id);
