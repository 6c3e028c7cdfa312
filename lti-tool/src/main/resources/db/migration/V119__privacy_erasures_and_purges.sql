-- Privacy (GDPR, docs/privacy.md). The erasure log names the person only by the pseudonym that
-- replaced their identifiers: it proves an erasure happened without keeping what was erased.
CREATE TABLE privacy_erasure (
    id             UUID         PRIMARY KEY,
    member_id      UUID         NOT NULL REFERENCES member (id),
    pseudonym      VARCHAR(40)  NOT NULL UNIQUE,
    actor          VARCHAR(200) NOT NULL,
    erased_at      TIMESTAMPTZ  NOT NULL,
    essays         INT          NOT NULL,
    free_texts     INT          NOT NULL,
    candidacies    INT          NOT NULL,
    certificates_kept INT       NOT NULL
);
CREATE INDEX privacy_erasure_member ON privacy_erasure (member_id, erased_at DESC);

-- One row per kind of data with a retention period: a node claims a due row with
-- FOR UPDATE SKIP LOCKED and a lease, purges, and gives it back with its next run (like sync_schedule).
CREATE TABLE privacy_purge (
    kind         VARCHAR(40)  PRIMARY KEY,
    next_run_at  TIMESTAMPTZ  NOT NULL,
    lease_owner  VARCHAR(200),
    lease_until  TIMESTAMPTZ,
    last_run_at  TIMESTAMPTZ,
    last_purged  INT
);
