-- Running exposure counts per test mode (issue 15): how many candidates were given a first item
-- and how many were given each item, shared by every node so that the exposure ceiling holds for
-- the whole consortium. Counts only: no person, no member (the bank is consortium-wide).
CREATE TABLE assessment_exposure_candidates (
    mode       TEXT PRIMARY KEY,
    candidates BIGINT NOT NULL
);

CREATE TABLE assessment_exposure_count (
    mode    TEXT NOT NULL,
    item_id TEXT NOT NULL,
    given   BIGINT NOT NULL,
    PRIMARY KEY (mode, item_id)
);
