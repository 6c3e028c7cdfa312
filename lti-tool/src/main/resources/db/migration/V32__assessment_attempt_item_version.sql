-- An attempt keeps pointing at the item version it showed (issue 14): a later version of the
-- item never changes how a past answer reads or scores. Rows before authoring showed version 1.
ALTER TABLE assessment_attempt_item ADD COLUMN item_version INT NOT NULL DEFAULT 1 CHECK (item_version >= 1);
