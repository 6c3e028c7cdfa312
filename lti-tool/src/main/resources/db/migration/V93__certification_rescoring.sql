-- Rescoring before publication (issue 17): the officer, or the automatic jury when it neutralised
-- items, replaces the attempt's score and level by a rescored one, kept on the candidate with who
-- did it and why; the result published to the gradebook records the score it was published with.
ALTER TABLE certification_candidate
    ADD COLUMN rescored_score        INTEGER,
    ADD COLUMN rescored_margin       INTEGER,
    ADD COLUMN rescored_level        INTEGER CHECK (rescored_level BETWEEN 1 AND 6),
    -- competency levels as code:level:standardError, separated by ';'
    ADD COLUMN rescored_competencies VARCHAR(4000),
    ADD COLUMN rescore_reason        VARCHAR(1000),
    ADD COLUMN rescored_by           VARCHAR(200),
    ADD CONSTRAINT certification_candidate_rescore_complete
        CHECK ((rescored_score IS NULL) = (rescored_by IS NULL));

ALTER TABLE assessment_certification_result
    ADD COLUMN published_score INTEGER;
