-- Certificates issued at publication (DESIGN §7), the queue that issues them, the Bitstring
-- Status Lists that carry their revocation, the PDF signing key, and the verification throttle.

-- One row per published candidate, written in the publishing transaction; the issuing worker
-- claims rows with FOR UPDATE SKIP LOCKED and a lease, and deletes a row once its certificate is stored.
CREATE TABLE certification_issue_request (
    candidate_id     UUID PRIMARY KEY,
    member_id        UUID        NOT NULL,
    event            JSONB       NOT NULL,
    attempts         INT         NOT NULL DEFAULT 0,
    next_attempt_at  TIMESTAMPTZ NOT NULL,
    locked_until     TIMESTAMPTZ,
    lease_token      UUID,
    last_error       VARCHAR(300),
    queued_at        TIMESTAMPTZ NOT NULL
);
CREATE INDEX certification_issue_request_due ON certification_issue_request (next_attempt_at);

-- W3C Bitstring Status List v1.0: each certificate gets a random free index of one list.
CREATE TABLE certification_status_list (
    id          UUID PRIMARY KEY,
    purpose     VARCHAR(16) NOT NULL CHECK (purpose IN ('revocation')),
    size_bits   INT         NOT NULL CHECK (size_bits >= 131072),
    allocated   INT         NOT NULL DEFAULT 0,
    created_at  TIMESTAMPTZ NOT NULL
);

CREATE TABLE certification_certificate (
    id                 UUID PRIMARY KEY,
    candidate_id       UUID         NOT NULL UNIQUE,
    attempt_id         UUID         NOT NULL,
    member_id          UUID         NOT NULL,
    user_id            UUID         NOT NULL,
    code               VARCHAR(16)  NOT NULL UNIQUE,
    holder_name        VARCHAR(300) NOT NULL,
    certification      VARCHAR(200) NOT NULL,
    framework_version  VARCHAR(100),
    sitting_date       DATE         NOT NULL,
    score              INT          NOT NULL,
    score_margin       INT          NOT NULL,
    level              INT          NOT NULL,
    areas              JSONB        NOT NULL,
    issued_at          TIMESTAMPTZ  NOT NULL,
    valid_until        TIMESTAMPTZ  NOT NULL,
    status_list_id     UUID         NOT NULL REFERENCES certification_status_list (id),
    status_index       INT          NOT NULL,
    credential_jwt     TEXT         NOT NULL,
    pdf                BYTEA        NOT NULL,
    details_public     BOOLEAN      NOT NULL DEFAULT FALSE,
    revoked_at         TIMESTAMPTZ,
    revocation_reason  VARCHAR(32),
    revoked_by         VARCHAR(200),
    CONSTRAINT certification_certificate_status_slot UNIQUE (status_list_id, status_index),
    CONSTRAINT certification_certificate_revocation CHECK ((revoked_at IS NULL) = (revocation_reason IS NULL))
);
CREATE INDEX certification_certificate_holder ON certification_certificate (member_id, user_id);
CREATE INDEX certification_certificate_revoked ON certification_certificate (status_list_id) WHERE revoked_at IS NOT NULL;

-- The tool's PDF signing key and certificate when no keystore is configured: generated once by
-- the first node, the private key AES-GCM encrypted under PLUME_SECRET_KEY (as lti_tool_key).
CREATE TABLE certification_signing_key (
    id           VARCHAR(16) PRIMARY KEY CHECK (id = 'generated'),
    private_key  BYTEA       NOT NULL,
    certificate  BYTEA       NOT NULL,
    created_at   TIMESTAMPTZ NOT NULL
);

-- Verification requests per client and fixed window, counted by one upsert on every node.
CREATE UNLOGGED TABLE certification_verification_counter (
    client        VARCHAR(64) NOT NULL,
    window_start  TIMESTAMPTZ NOT NULL,
    requests      INT         NOT NULL,
    PRIMARY KEY (client, window_start)
);
