-- Double marking of certification essays (issue 17): every mark a marker gives an essay of a
-- certifying attempt, in the order given (round 1 and 2 independent; round 3 only when the first
-- two are more than one level apart). The decided mark is then written to assessment_essay, as a
-- practice essay's single mark is. One marker marks an essay once (unique), one mark per round.
CREATE TABLE assessment_essay_mark (
    attempt_id   UUID        NOT NULL,
    position     INT         NOT NULL,
    member_id    UUID        NOT NULL REFERENCES member (id),
    round        INT         NOT NULL CHECK (round BETWEEN 1 AND 3),
    marked_by    UUID        NOT NULL,
    -- one value per rubric criterion, in the rubric's order
    points       INT[]       NOT NULL,
    total_points INT         NOT NULL CHECK (total_points >= 0),
    max_points   INT         NOT NULL CHECK (max_points > 0),
    level        INT         NOT NULL CHECK (level BETWEEN 1 AND 6),
    marked_at    TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (attempt_id, position, round),
    CONSTRAINT assessment_essay_mark_once UNIQUE (attempt_id, position, marked_by),
    FOREIGN KEY (attempt_id, position) REFERENCES assessment_essay (attempt_id, position)
);
CREATE INDEX assessment_essay_mark_member ON assessment_essay_mark (member_id, attempt_id);
