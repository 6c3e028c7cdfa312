-- Calibration runs (issue 16): each run is a background job (queued, claimed by one node with
-- FOR UPDATE SKIP LOCKED and a lease) whose results are a new parameter version. The results
-- stay here until a psychometrician promotes the version into itembank_item_parameters, so
-- nothing changes in delivery before that. Runs are consortium-wide, like the item bank.
CREATE TABLE psychometrics_run (
    id                UUID PRIMARY KEY,
    version           VARCHAR(40)      NOT NULL UNIQUE,
    kind              VARCHAR(20)      NOT NULL CHECK (kind IN ('FIXED_ANCHOR', 'RECALIBRATION')),
    data_from         TIMESTAMPTZ      NOT NULL,
    data_to           TIMESTAMPTZ      NOT NULL,
    min_responses     INT              NOT NULL CHECK (min_responses >= 1),
    status            VARCHAR(20)      NOT NULL CHECK (status IN ('QUEUED', 'RUNNING', 'SUCCEEDED', 'FAILED', 'PROMOTED')),
    progress          SMALLINT         NOT NULL DEFAULT 0 CHECK (progress BETWEEN 0 AND 100),
    requested_by      VARCHAR(200)     NOT NULL,
    requested_at      TIMESTAMPTZ      NOT NULL,
    node_id           VARCHAR(200),
    lease_until       TIMESTAMPTZ,
    started_at        TIMESTAMPTZ,
    finished_at       TIMESTAMPTZ,
    candidates        INT,
    responses         INT,
    iterations        INT,
    converged         BOOLEAN,
    population_mean   DOUBLE PRECISION,
    population_sd     DOUBLE PRECISION,
    linking_slope     DOUBLE PRECISION,
    linking_intercept DOUBLE PRECISION,
    error             TEXT,
    promoted_by       VARCHAR(200),
    promoted_at       TIMESTAMPTZ,
    CHECK (data_from < data_to)
);
CREATE INDEX psychometrics_run_queue ON psychometrics_run (status, requested_at);

-- One row per item of a run: its estimate on the current scale, or why it has none, and its
-- item analysis (docs/psychometrics.md): flags hold the codes of the rules that flagged it.
CREATE TABLE psychometrics_item_estimate (
    run_id         UUID             NOT NULL REFERENCES psychometrics_run (id),
    item_id        VARCHAR(100)     NOT NULL,
    status         VARCHAR(30)      NOT NULL CHECK (status IN ('ESTIMATED', 'ANCHOR', 'REFUSED_TOO_FEW_RESPONSES')),
    a              DOUBLE PRECISION,
    b              DOUBLE PRECISION,
    se_a           DOUBLE PRECISION,
    se_b           DOUBLE PRECISION,
    response_count INT              NOT NULL,
    p_value        DOUBLE PRECISION,
    point_biserial DOUBLE PRECISION,
    fit_chi_square DOUBLE PRECISION,
    fit_df         INT,
    fit_p          DOUBLE PRECISION,
    flags          TEXT[]           NOT NULL DEFAULT '{}',
    PRIMARY KEY (run_id, item_id)
);
