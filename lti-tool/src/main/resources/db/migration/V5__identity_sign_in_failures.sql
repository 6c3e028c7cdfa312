-- Failed sign-ins counted per account and per client address (DESIGN §10). The counters live in
-- PostgreSQL so that every node sees the same ones and a lock holds across nodes (DESIGN §4).
CREATE TABLE sign_in_failure_counter (
    kind         VARCHAR(10)  NOT NULL CHECK (kind IN ('ACCOUNT', 'ADDRESS')),
    subject      VARCHAR(100) NOT NULL,
    window_start TIMESTAMPTZ  NOT NULL,
    failures     INTEGER      NOT NULL,
    locked_until TIMESTAMPTZ,
    PRIMARY KEY (kind, subject)
);
