-- Pretest seeding (issue 16): an attempt item shown as an unscored pretest item. Its answer is
-- stored and scored like any other (calibration reads it) but never counts in θ, mastery or the
-- grade.
ALTER TABLE assessment_attempt_item ADD COLUMN pretest BOOLEAN NOT NULL DEFAULT false;

-- Answers collected per pretest item, all members together: seeding of an item stops once it
-- reaches the target. Incremented in place (UPDATE ... + 1), so several nodes count together.
CREATE TABLE assessment_pretest_count (
    item_id   UUID PRIMARY KEY,
    responses INT  NOT NULL CHECK (responses >= 0)
);
