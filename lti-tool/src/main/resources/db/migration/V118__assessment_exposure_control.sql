-- Conditional Sympson–Hetter parameters per bank fingerprint and blueprint (issue 15). They take
-- seconds of simulation to compute, so they are computed off the request path and stored once:
-- every node applies the stored value (first insert wins), never one only it computed. Consortium-
-- wide like the item bank, so there is no member_id.
CREATE TABLE assessment_exposure_control (
    key         TEXT PRIMARY KEY,
    band_cuts   DOUBLE PRECISION[] NOT NULL,
    -- one row per item: its id, then its k for each band (band_cuts + 1 values)
    item_ids    TEXT[] NOT NULL,
    parameters  DOUBLE PRECISION[] NOT NULL,
    computed_at TIMESTAMPTZ NOT NULL
);
