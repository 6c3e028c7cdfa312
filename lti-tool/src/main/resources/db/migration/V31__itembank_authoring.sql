-- Authoring (issue 14): every version of an item is kept; a published version never changes,
-- editing it opens version + 1. itembank_item stays the row the delivery reads: the version in
-- force (its number in itembank_item.version). Authors are "lti:<member>:<user>" for a launch or
-- "account:<name>" for a tool account, so the reviewer can be told apart from the author.
ALTER TABLE itembank_item ADD COLUMN version INT NOT NULL DEFAULT 1 CHECK (version >= 1);

CREATE TABLE itembank_item_version (
    item_id      UUID         NOT NULL,
    version      INT          NOT NULL CHECK (version >= 1),
    status       VARCHAR(20)  NOT NULL CHECK (status IN ('DRAFT', 'IN_REVIEW', 'PUBLISHED', 'RETIRED')),
    type         VARCHAR(30)  NOT NULL,
    competency   VARCHAR(20)  NOT NULL,
    level        SMALLINT     NOT NULL CHECK (level BETWEEN 1 AND 6),
    content      JSONB        NOT NULL,
    author       VARCHAR(200) NOT NULL,
    reviewer     VARCHAR(200),
    created_at   TIMESTAMPTZ  NOT NULL,
    updated_at   TIMESTAMPTZ  NOT NULL,
    PRIMARY KEY (item_id, version),
    CONSTRAINT itembank_item_version_reviewer CHECK (reviewer IS NULL OR reviewer <> author)
);
-- at most one version of an item is being worked on at a time
CREATE UNIQUE INDEX itembank_item_version_open ON itembank_item_version (item_id)
    WHERE status IN ('DRAFT', 'IN_REVIEW');
CREATE INDEX itembank_item_version_status ON itembank_item_version (status, updated_at);

INSERT INTO itembank_item_version (item_id, version, status, type, competency, level, content, author, created_at,
                                   updated_at)
SELECT id, 1, status, type, competency, level, content, 'bank', created_at, updated_at FROM itembank_item;

-- Review comments, per item version.
CREATE TABLE itembank_item_comment (
    id         UUID         PRIMARY KEY,
    item_id    UUID         NOT NULL,
    version    INT          NOT NULL,
    author     VARCHAR(200) NOT NULL,
    author_name VARCHAR(200) NOT NULL,
    body       TEXT         NOT NULL CHECK (length(body) BETWEEN 1 AND 4000),
    created_at TIMESTAMPTZ  NOT NULL,
    FOREIGN KEY (item_id, version) REFERENCES itembank_item_version (item_id, version)
);
CREATE INDEX itembank_item_comment_item ON itembank_item_comment (item_id, version, created_at);

-- Open modules, versioned like items; content is the module (title, objectives, entries...) as JSON.
-- changed_at is the OAI-PMH datestamp: when the version was published or retired.
CREATE TABLE itembank_module_version (
    module_id  UUID         NOT NULL,
    version    INT          NOT NULL CHECK (version >= 1),
    status     VARCHAR(20)  NOT NULL CHECK (status IN ('DRAFT', 'IN_REVIEW', 'PUBLISHED', 'RETIRED')),
    content    JSONB        NOT NULL,
    author     VARCHAR(200) NOT NULL,
    reviewer   VARCHAR(200),
    created_at TIMESTAMPTZ  NOT NULL,
    updated_at TIMESTAMPTZ  NOT NULL,
    changed_at TIMESTAMPTZ,
    PRIMARY KEY (module_id, version),
    CONSTRAINT itembank_module_version_reviewer CHECK (reviewer IS NULL OR reviewer <> author)
);
CREATE UNIQUE INDEX itembank_module_version_open ON itembank_module_version (module_id)
    WHERE status IN ('DRAFT', 'IN_REVIEW');
CREATE INDEX itembank_module_version_changed ON itembank_module_version (changed_at, module_id)
    WHERE status IN ('PUBLISHED', 'RETIRED');

-- Files of module pages, stored once by content hash, type checked from their bytes on upload.
CREATE TABLE itembank_file (
    sha256     VARCHAR(64)  PRIMARY KEY,
    media_type VARCHAR(100) NOT NULL,
    size       BIGINT       NOT NULL CHECK (size > 0),
    content    BYTEA        NOT NULL,
    created_at TIMESTAMPTZ  NOT NULL
);
