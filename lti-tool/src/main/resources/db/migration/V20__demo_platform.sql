-- The built-in demo LTI platform (DESIGN §9). The tables exist in every installation so the
-- migration history stays identical, but only the `demo` profile ever writes to them.

-- The platform's RSA signing key, kept so the tool's cached JWKS stays valid across restarts.
-- A demo key protects nothing real, hence stored as a plain private JWK.
CREATE TABLE demo_platform_key (
    kid        VARCHAR(64) PRIMARY KEY,
    jwk        TEXT        NOT NULL,
    created_at TIMESTAMPTZ NOT NULL DEFAULT now()
);

-- The tool as the platform knows it (Moodle's lti_types row): one client_id, one deployment.
CREATE TABLE demo_platform_client (
    id            SMALLINT PRIMARY KEY CHECK (id = 1),
    client_id     VARCHAR(100) NOT NULL,
    deployment_id VARCHAR(100) NOT NULL,
    created_at    TIMESTAMPTZ  NOT NULL DEFAULT now()
);

-- What a demo button asked for, referenced by lti_message_hint and consumed by the
-- authentication request (Moodle keeps it in $SESSION->lti_message_hint).
CREATE TABLE demo_launch_intent (
    id           UUID PRIMARY KEY,
    user_id      VARCHAR(40)  NOT NULL,
    course_id    VARCHAR(40)  NOT NULL,
    message_type VARCHAR(40)  NOT NULL,
    activity_id  BIGINT,
    locale       VARCHAR(10)  NOT NULL,
    created_at   TIMESTAMPTZ  NOT NULL
);
CREATE INDEX demo_launch_intent_created_idx ON demo_launch_intent (created_at);

-- Activities of the demo course (LTI resource links), placed by Deep Linking or seeded.
CREATE TABLE demo_activity (
    id              BIGSERIAL PRIMARY KEY,
    course_id       VARCHAR(40)  NOT NULL,
    title           VARCHAR(300) NOT NULL,
    text            TEXT,
    target_link_uri TEXT,        -- null: the tool's launch URL as configured now
    custom          TEXT         NOT NULL DEFAULT '{}',
    placed_by       VARCHAR(40),
    created_at      TIMESTAMPTZ  NOT NULL DEFAULT now()
);

-- Gradebook columns (Moodle grade_items + ltiservice_gradebookservices).
CREATE TABLE demo_line_item (
    id               BIGSERIAL PRIMARY KEY,
    course_id        VARCHAR(40)   NOT NULL,
    label            VARCHAR(300)  NOT NULL,
    score_maximum    NUMERIC(12,4) NOT NULL,
    resource_id      VARCHAR(300),
    tag              VARCHAR(300),
    activity_id      BIGINT REFERENCES demo_activity (id),
    coupled          BOOLEAN       NOT NULL DEFAULT FALSE,
    created_at       TIMESTAMPTZ   NOT NULL DEFAULT now()
);
CREATE INDEX demo_line_item_course_idx ON demo_line_item (course_id, id);

-- The current grade per column and user, as the last accepted score left it.
CREATE TABLE demo_grade (
    line_item_id      BIGINT        NOT NULL REFERENCES demo_line_item (id),
    user_id           VARCHAR(40)   NOT NULL,
    score_given       NUMERIC(12,4),
    score_maximum     NUMERIC(12,4) NOT NULL,
    comment           TEXT,
    activity_progress VARCHAR(40)   NOT NULL,
    grading_progress  VARCHAR(40)   NOT NULL,
    score_timestamp   TIMESTAMPTZ   NOT NULL,
    received_at       TIMESTAMPTZ   NOT NULL,
    PRIMARY KEY (line_item_id, user_id)
);

-- Every call the platform's services received, with what it answered.
CREATE TABLE demo_service_request (
    id          BIGSERIAL PRIMARY KEY,
    received_at TIMESTAMPTZ  NOT NULL,
    method      VARCHAR(10)  NOT NULL,
    path        TEXT         NOT NULL,
    client_id   VARCHAR(100),
    status      INT          NOT NULL,
    body        TEXT,
    outcome     TEXT
);

-- Access tokens issued by the token endpoint (hash only) and client assertion ids seen.
CREATE TABLE demo_access_token (
    token_hash CHAR(64)     PRIMARY KEY,
    client_id  VARCHAR(100) NOT NULL,
    scopes     TEXT         NOT NULL,
    expires_at TIMESTAMPTZ  NOT NULL
);
CREATE TABLE demo_client_assertion (
    jti        VARCHAR(255) PRIMARY KEY,
    expires_at TIMESTAMPTZ  NOT NULL
);
