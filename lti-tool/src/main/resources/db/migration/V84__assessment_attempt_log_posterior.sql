-- The log posterior of the attempt's global θ on the engine's quadrature grid, after its scored
-- answers: an answer adds its one term to it instead of replaying every answer (issue 12). Null
-- (attempts started before, or with no scored answer yet) means: rebuild it from the answers.
ALTER TABLE assessment_attempt
    ADD COLUMN log_posterior         DOUBLE PRECISION[],
    -- how many scored answers it holds; when it is not the attempt's count, it is rebuilt
    ADD COLUMN log_posterior_answers INTEGER,
    ADD CHECK ((log_posterior IS NULL) = (log_posterior_answers IS NULL));
