-- Mock certification ("examen blanc", issue 17): a fourth attempt mode, under the certification's
-- blueprint and time limit, drawn from the practice pool, with no certificate and no seat.
ALTER TABLE assessment_attempt DROP CONSTRAINT assessment_attempt_mode_check;
ALTER TABLE assessment_attempt ADD CONSTRAINT assessment_attempt_mode_check
    CHECK (mode IN ('DIAGNOSTIC', 'FORMATIVE', 'CERTIFICATION', 'MOCK_CERTIFICATION'));
