-- Certification validity, writing sessions and essays marked by the teaching team (DESIGN §6).

-- A certifying attempt that ends with fewer than 30 answered items is invalid: it keeps its
-- answers, says why, and sends no score. Null while in progress.
ALTER TABLE assessment_attempt ADD COLUMN valid BOOLEAN;
ALTER TABLE assessment_attempt ADD COLUMN invalid_reason VARCHAR(40);
-- Attempts finished before this migration get the same rule.
UPDATE assessment_attempt a
   SET valid = (a.mode <> 'CERTIFICATION' OR answered.n >= 30),
       invalid_reason = CASE WHEN a.mode = 'CERTIFICATION' AND answered.n < 30 THEN 'TOO_FEW_ANSWERS' END
  FROM (SELECT t.id, (SELECT count(*) FROM assessment_attempt_item i
                       WHERE i.member_id = t.member_id AND i.attempt_id = t.id AND i.answered_at IS NOT NULL) AS n
          FROM assessment_attempt t WHERE t.status = 'COMPLETED') answered
 WHERE a.id = answered.id AND a.status = 'COMPLETED';
-- A practice session where the student chose to write (one essay of the chosen competency).
ALTER TABLE assessment_attempt ADD COLUMN writing BOOLEAN NOT NULL DEFAULT FALSE;

-- An essay awaiting or having received human marking. Its shown item is answered with
-- correct = NULL (awaiting marking), so it never feeds an ability estimate. The text lives here
-- only (never in assessment_attempt_item.response, never in logs).
CREATE TABLE assessment_essay (
    attempt_id       UUID        NOT NULL,
    position         INT         NOT NULL,
    member_id        UUID        NOT NULL REFERENCES member (id),
    user_id          UUID        NOT NULL,
    context_id       UUID,
    item_id          UUID        NOT NULL,
    text             TEXT        NOT NULL,
    word_count       INT         NOT NULL CHECK (word_count >= 0),
    submitted_at     TIMESTAMPTZ NOT NULL,
    -- one value per rubric criterion, in the rubric's order; null until marked
    points           INT[],
    total_points     INT,
    max_points       INT,
    marked_by        UUID,
    marked_at        TIMESTAMPTZ,
    PRIMARY KEY (attempt_id, position),
    FOREIGN KEY (attempt_id, position) REFERENCES assessment_attempt_item (attempt_id, position),
    CHECK ((marked_at IS NULL) = (marked_by IS NULL))
);
CREATE INDEX assessment_essay_course ON assessment_essay (member_id, context_id, submitted_at);
