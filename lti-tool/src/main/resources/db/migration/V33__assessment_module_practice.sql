-- A practice of a placed open module (issue 14) answers the module's items in module order, at
-- the versions the module pinned when the attempt started; a later version or the retirement of
-- the module leaves it unchanged. The attempt table comes later in the migration order (V40), so
-- this sits in a table of its own keyed by the attempt, like V32.
CREATE TABLE assessment_module_practice (
    attempt_id     UUID   PRIMARY KEY,
    member_id      UUID   NOT NULL,
    module_id      UUID   NOT NULL,
    module_version INT    NOT NULL CHECK (module_version >= 1),
    item_ids       UUID[] NOT NULL,
    item_versions  INT[]  NOT NULL,
    CHECK (cardinality(item_ids) = cardinality(item_versions) AND cardinality(item_ids) >= 1)
);
CREATE INDEX assessment_module_practice_member ON assessment_module_practice (member_id, module_id);
