-- Certification results are held in the tool until they are published (DESIGN §7: the score goes
-- to the gradebook at publication, never before). One row per valid certifying attempt, written in
-- the transaction that completes it; publication queues its grade in the transaction that marks it
-- published.
CREATE TABLE assessment_certification_result (
    attempt_id   UUID         PRIMARY KEY REFERENCES assessment_attempt (id),
    member_id    UUID         NOT NULL REFERENCES member (id),
    status       VARCHAR(30)  NOT NULL CHECK (status IN ('AWAITING_PUBLICATION', 'PUBLISHED')),
    recorded_at  TIMESTAMPTZ  NOT NULL,
    published_at TIMESTAMPTZ,
    -- the officer or administrator account that published it
    published_by VARCHAR(200),
    CHECK ((status = 'PUBLISHED') = (published_at IS NOT NULL)),
    CHECK ((published_at IS NULL) = (published_by IS NULL))
);
CREATE INDEX assessment_certification_result_awaiting
    ON assessment_certification_result (member_id, recorded_at) WHERE status = 'AWAITING_PUBLICATION';

-- Valid certifying attempts completed before this rule had their grade queued at completion: they
-- are recorded as published then.
INSERT INTO assessment_certification_result (attempt_id, member_id, status, recorded_at, published_at, published_by)
SELECT id, member_id, 'PUBLISHED', coalesce(completed_at, started_at), coalesce(completed_at, started_at),
       'before-publication-rule'
  FROM assessment_attempt
 WHERE mode = 'CERTIFICATION' AND status = 'COMPLETED' AND valid IS TRUE;
