-- Open resources harvested by moodle-sync (OAI-PMH repositories, publishing Moodle courses).
-- The catalogue is consortium-wide and public: resources are open by nature, not tenant data.
-- Each resource keeps its source id and a content hash so re-harvesting changes nothing; a
-- resource deleted upstream stays, withdrawn, with the reason (a later harvest may revive it).
CREATE TABLE catalogue_resource (
    id                UUID PRIMARY KEY,
    source_id         TEXT        NOT NULL UNIQUE,
    origin            TEXT        NOT NULL,
    title             TEXT        NOT NULL,
    description       TEXT        NOT NULL,
    url               TEXT        NOT NULL,
    language          VARCHAR(20) NOT NULL,
    licence           TEXT        NOT NULL,
    keywords          TEXT[]      NOT NULL,
    authors           TEXT[]      NOT NULL,
    kind              TEXT        NOT NULL,
    content_hash      VARCHAR(64) NOT NULL,
    withdrawn         BOOLEAN     NOT NULL DEFAULT FALSE,
    withdrawal_reason TEXT,
    first_seen_at     TIMESTAMPTZ NOT NULL,
    updated_at        TIMESTAMPTZ NOT NULL
);
CREATE INDEX catalogue_resource_origin_idx ON catalogue_resource (origin) WHERE NOT withdrawn;

-- Resource ↔ competency links, with how each was found (explicit alignment, idnumber, tag, keyword rule).
CREATE TABLE catalogue_resource_competency (
    resource_id         UUID        NOT NULL REFERENCES catalogue_resource (id) ON DELETE CASCADE,
    competency_code     VARCHAR(40) NOT NULL,
    competency_idnumber UUID,
    how                 VARCHAR(30) NOT NULL,
    PRIMARY KEY (resource_id, competency_code)
);
CREATE INDEX catalogue_resource_competency_code_idx ON catalogue_resource_competency (competency_code);
