-- An attempt keeps pointing at the item version it showed (issue 14): a later version of the
-- item never changes how a past answer reads or scores. The attempt tables come later in the
-- migration order (V40), so the version sits in a table of its own, keyed like the shown item;
-- a shown item without a row here showed version 1 (every item before authoring).
CREATE TABLE assessment_attempt_item_version (
    attempt_id   UUID NOT NULL,
    position     INT  NOT NULL,
    member_id    UUID NOT NULL,
    item_version INT  NOT NULL CHECK (item_version >= 1),
    PRIMARY KEY (attempt_id, position)
);
