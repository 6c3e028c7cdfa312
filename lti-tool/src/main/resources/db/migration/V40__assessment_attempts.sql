-- Attempts and what was shown and answered in them (DESIGN §6). Every row carries member_id and
-- every query filters on it. Each shown item keeps a copy of the parameters used, so an attempt
-- stays scorable after a recalibration; each answer is saved before the next item is chosen.
CREATE TABLE assessment_attempt (
    id                 UUID PRIMARY KEY,
    member_id          UUID         NOT NULL REFERENCES member (id),
    user_id            UUID         NOT NULL,
    resource_link_id   UUID,
    context_id         UUID,
    mode               VARCHAR(20)  NOT NULL CHECK (mode IN ('DIAGNOSTIC', 'FORMATIVE', 'CERTIFICATION')),
    competencies       TEXT[]       NOT NULL DEFAULT '{}',
    seed               BIGINT       NOT NULL,
    accessible_items   BOOLEAN      NOT NULL,
    extra_time_percent INT          NOT NULL DEFAULT 0 CHECK (extra_time_percent >= 0),
    scoring_version    VARCHAR(40)  NOT NULL,
    started_at         TIMESTAMPTZ  NOT NULL,
    deadline           TIMESTAMPTZ,
    status             VARCHAR(20)  NOT NULL CHECK (status IN ('IN_PROGRESS', 'COMPLETED')),
    end_reason         VARCHAR(30),
    completed_at       TIMESTAMPTZ,
    theta              DOUBLE PRECISION,
    standard_error     DOUBLE PRECISION,
    level              SMALLINT,
    scaled_score       INT,
    score_maximum      INT
);
CREATE INDEX assessment_attempt_user ON assessment_attempt (member_id, user_id, started_at);
-- one certifying attempt per candidate and resource link
CREATE UNIQUE INDEX assessment_attempt_one_certifying
    ON assessment_attempt (member_id, user_id, resource_link_id) WHERE mode = 'CERTIFICATION';

CREATE TABLE assessment_attempt_item (
    attempt_id          UUID             NOT NULL REFERENCES assessment_attempt (id),
    position            INT              NOT NULL CHECK (position >= 1),
    member_id           UUID             NOT NULL,
    item_id             UUID             NOT NULL,
    competency          VARCHAR(20)      NOT NULL,
    family              VARCHAR(100)     NOT NULL,
    a                   DOUBLE PRECISION NOT NULL,
    b                   DOUBLE PRECISION NOT NULL,
    accessible          BOOLEAN          NOT NULL,
    parameters_version  VARCHAR(40)      NOT NULL,
    token               VARCHAR(64)      NOT NULL,
    shown_at            TIMESTAMPTZ      NOT NULL,
    answered_at         TIMESTAMPTZ,
    response            JSONB,
    correct             BOOLEAN,
    credit              DOUBLE PRECISION,
    PRIMARY KEY (attempt_id, position),
    CONSTRAINT assessment_attempt_item_once UNIQUE (attempt_id, item_id)
);
CREATE INDEX assessment_attempt_item_member ON assessment_attempt_item (member_id, attempt_id);

-- The levels an attempt reports, one row per competency.
CREATE TABLE assessment_attempt_competency (
    attempt_id        UUID             NOT NULL REFERENCES assessment_attempt (id),
    member_id         UUID             NOT NULL,
    competency        VARCHAR(20)      NOT NULL,
    theta             DOUBLE PRECISION NOT NULL,
    standard_error    DOUBLE PRECISION NOT NULL,
    level             SMALLINT         NOT NULL,
    level_probability DOUBLE PRECISION NOT NULL,
    item_count        INT              NOT NULL,
    PRIMARY KEY (attempt_id, competency)
);

-- Mastery per competency of a student, updated after each formative answer and each diagnostic.
CREATE TABLE assessment_mastery (
    member_id      UUID             NOT NULL REFERENCES member (id),
    user_id        UUID             NOT NULL,
    competency     VARCHAR(20)      NOT NULL,
    theta          DOUBLE PRECISION NOT NULL,
    standard_error DOUBLE PRECISION NOT NULL,
    level          SMALLINT         NOT NULL,
    item_count     INT              NOT NULL,
    updated_at     TIMESTAMPTZ      NOT NULL,
    PRIMARY KEY (member_id, user_id, competency)
);
