-- Moodle sites of the members, as the tool's scheduler reaches them. The web service token is
-- stored encrypted (AES-256-GCM, key derived from PLUME_SECRET_KEY, site id as associated data).
CREATE TABLE sync_site (
    id                        UUID PRIMARY KEY,
    member_id                 UUID         NOT NULL REFERENCES member (id),
    name                      VARCHAR(100) NOT NULL,
    base_url                  TEXT         NOT NULL,
    token_ciphertext          BYTEA        NOT NULL,
    scale_id                  BIGINT       NOT NULL,
    enabled_jobs              TEXT[]       NOT NULL,
    oai_sources               JSONB        NOT NULL DEFAULT '[]',
    keyword_rules             JSONB        NOT NULL DEFAULT '[]',
    last_pushed_framework_id  UUID,
    created_at                TIMESTAMPTZ  NOT NULL,
    updated_at                TIMESTAMPTZ  NOT NULL,
    CONSTRAINT sync_site_name_unique UNIQUE (member_id, name)
);

-- What runs when. A node claims a due row with FOR UPDATE SKIP LOCKED and takes a lease; the
-- row is released with its next run time only when the run is over, so a due job runs once
-- however many nodes poll, and a node that dies mid-run loses its lease to another.
CREATE TABLE sync_schedule (
    id               UUID PRIMARY KEY,
    member_id        UUID         NOT NULL REFERENCES member (id),
    site_id          UUID         NOT NULL REFERENCES sync_site (id) ON DELETE CASCADE,
    job              VARCHAR(40)  NOT NULL,
    target           TEXT         NOT NULL DEFAULT '',
    cron             VARCHAR(100),
    interval_seconds BIGINT,
    dry_run          BOOLEAN      NOT NULL DEFAULT FALSE,
    enabled          BOOLEAN      NOT NULL DEFAULT TRUE,
    next_run_at      TIMESTAMPTZ  NOT NULL,
    lease_owner      VARCHAR(200),
    lease_until      TIMESTAMPTZ,
    CONSTRAINT sync_schedule_when CHECK (cron IS NOT NULL OR interval_seconds > 0),
    CONSTRAINT sync_schedule_unique UNIQUE (site_id, job, target)
);
CREATE INDEX sync_schedule_due_idx ON sync_schedule (next_run_at) WHERE enabled;

-- Every run, scheduled or asked for ("run now", "dry run"): QUEUED runs are claimed the same way.
CREATE TABLE sync_run (
    id            UUID PRIMARY KEY,
    member_id     UUID         NOT NULL REFERENCES member (id),
    site_id       UUID         NOT NULL REFERENCES sync_site (id) ON DELETE CASCADE,
    schedule_id   UUID         REFERENCES sync_schedule (id) ON DELETE SET NULL,
    job           VARCHAR(40)  NOT NULL,
    target        TEXT         NOT NULL DEFAULT '',
    dry_run       BOOLEAN      NOT NULL,
    status        VARCHAR(20)  NOT NULL,
    requested_by  VARCHAR(100),
    requested_at  TIMESTAMPTZ  NOT NULL,
    node_id       VARCHAR(200),
    lease_until   TIMESTAMPTZ,
    started_at    TIMESTAMPTZ,
    finished_at   TIMESTAMPTZ,
    report        JSONB,
    error         TEXT,
    attachment    BYTEA,
    CONSTRAINT sync_run_status CHECK (status IN ('QUEUED', 'RUNNING', 'SUCCEEDED', 'FAILED'))
);
CREATE INDEX sync_run_queued_idx ON sync_run (requested_at) WHERE status = 'QUEUED';
CREATE INDEX sync_run_recent_idx ON sync_run (member_id, requested_at DESC);

-- Questions harvested from Moodle XML / GIFT files, waiting for an author's review before they
-- become items. Same idempotence as the catalogue: source id + content hash, withdrawn not deleted.
CREATE TABLE sync_draft_question (
    id                UUID PRIMARY KEY,
    member_id         UUID        NOT NULL REFERENCES member (id),
    source_id         TEXT        NOT NULL,
    origin            TEXT        NOT NULL,
    question_type     VARCHAR(30) NOT NULL,
    name              TEXT        NOT NULL,
    competency_codes  TEXT[]      NOT NULL,
    content           JSONB       NOT NULL,
    content_hash      VARCHAR(64) NOT NULL,
    withdrawn         BOOLEAN     NOT NULL DEFAULT FALSE,
    withdrawal_reason TEXT,
    review_status     VARCHAR(20) NOT NULL DEFAULT 'PENDING',
    updated_at        TIMESTAMPTZ NOT NULL,
    CONSTRAINT sync_draft_question_unique UNIQUE (member_id, source_id)
);
