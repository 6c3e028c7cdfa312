-- Certification organisation (DESIGN §7): centres (a member university's), sessions, candidates and
-- the incidents recorded while they sit. Every row carries member_id; every query filters on it.
CREATE TABLE certification_centre (
    id         UUID         PRIMARY KEY,
    member_id  UUID         NOT NULL REFERENCES member (id),
    name       VARCHAR(200) NOT NULL,
    created_at TIMESTAMPTZ  NOT NULL,
    UNIQUE (member_id, name)
);

-- Tool accounts (by username) that manage a centre: they enrol, open and finalise its sessions.
CREATE TABLE certification_centre_manager (
    centre_id  UUID         NOT NULL REFERENCES certification_centre (id),
    member_id  UUID         NOT NULL REFERENCES member (id),
    username   VARCHAR(200) NOT NULL,
    PRIMARY KEY (centre_id, username)
);
CREATE INDEX certification_centre_manager_user ON certification_centre_manager (username);

CREATE TABLE certification_session (
    id               UUID         PRIMARY KEY,
    member_id        UUID         NOT NULL REFERENCES member (id),
    centre_id        UUID         NOT NULL REFERENCES certification_centre (id),
    certification_id VARCHAR(100) NOT NULL,
    starts_at        TIMESTAMPTZ  NOT NULL,
    room             VARCHAR(200) NOT NULL,
    capacity         INT          NOT NULL CHECK (capacity BETWEEN 1 AND 1000),
    duration_minutes INT          NOT NULL CHECK (duration_minutes BETWEEN 1 AND 600),
    -- what candidates type to join; unique among all sessions so a code names one session
    access_code      CHAR(6)      NOT NULL UNIQUE,
    -- the invigilator's PIN, as a salted SHA-256 (never the PIN itself)
    pin_hash         VARCHAR(100) NOT NULL,
    pin_failures     INT          NOT NULL DEFAULT 0,
    status           VARCHAR(20)  NOT NULL CHECK (status IN ('SCHEDULED', 'FINALISED')),
    finalised_at     TIMESTAMPTZ,
    finalised_by     VARCHAR(200),
    created_at       TIMESTAMPTZ  NOT NULL,
    CHECK ((status = 'FINALISED') = (finalised_at IS NOT NULL))
);
CREATE INDEX certification_session_centre ON certification_session (member_id, centre_id, starts_at);

CREATE TABLE certification_candidate (
    id                 UUID         PRIMARY KEY,
    member_id          UUID         NOT NULL REFERENCES member (id),
    session_id         UUID         NOT NULL REFERENCES certification_session (id),
    -- the platform's user identifier from the roster (LTI sub), or null for a candidate enrolled by launch
    platform_subject   VARCHAR(255),
    -- Plume's user once known (by launch or by the roster's subject)
    user_id            UUID,
    holder_name        VARCHAR(200) NOT NULL,
    extra_time_percent INT          NOT NULL DEFAULT 0 CHECK (extra_time_percent BETWEEN 0 AND 200),
    accessible_items   BOOLEAN      NOT NULL DEFAULT FALSE,
    eligible           BOOLEAN      NOT NULL,
    ineligible_reason  VARCHAR(60),
    status             VARCHAR(20)  NOT NULL
        CHECK (status IN ('ENROLLED', 'WAITING', 'AUTHORISED', 'STARTED', 'ENDED')),
    attempt_id         UUID,
    decision           VARCHAR(20)  NOT NULL DEFAULT 'PENDING'
        CHECK (decision IN ('PENDING', 'NO_CERTIFICATE', 'TO_REVIEW', 'REJECTED', 'PUBLISHED')),
    decision_reason    VARCHAR(500),
    neutralised_items  INT          NOT NULL DEFAULT 0,
    enrolled_at        TIMESTAMPTZ  NOT NULL,
    updated_at         TIMESTAMPTZ  NOT NULL
);
CREATE UNIQUE INDEX certification_candidate_subject ON certification_candidate (session_id, platform_subject)
    WHERE platform_subject IS NOT NULL;
CREATE UNIQUE INDEX certification_candidate_user ON certification_candidate (session_id, user_id)
    WHERE user_id IS NOT NULL;
CREATE INDEX certification_candidate_session ON certification_candidate (member_id, session_id);
CREATE INDEX certification_candidate_by_user ON certification_candidate (member_id, user_id);

CREATE TABLE certification_incident (
    id           UUID         PRIMARY KEY,
    member_id    UUID         NOT NULL REFERENCES member (id),
    session_id   UUID         NOT NULL REFERENCES certification_session (id),
    candidate_id UUID         NOT NULL REFERENCES certification_candidate (id),
    kind         VARCHAR(20)  NOT NULL
        CHECK (kind IN ('TECHNICAL', 'SUSPECTED_FRAUD', 'ACCESSIBILITY', 'IDENTITY', 'OTHER')),
    note         VARCHAR(1000) NOT NULL DEFAULT '',
    -- when the incident began and (for a technical one) when it ended; items shown in between are neutralised
    started_at   TIMESTAMPTZ  NOT NULL,
    recorded_at  TIMESTAMPTZ  NOT NULL,
    recorded_by  VARCHAR(200) NOT NULL
);
CREATE INDEX certification_incident_session ON certification_incident (member_id, session_id, recorded_at);
