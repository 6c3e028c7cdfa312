-- The shared item bank (consortium-wide, not owned by one member): typed columns for what is
-- filtered and sorted on, jsonb for the type-specific content (DESIGN §4).
CREATE TABLE itembank_item (
    id                     UUID PRIMARY KEY,
    family                 VARCHAR(100) NOT NULL,
    variant                INT          NOT NULL CHECK (variant >= 1),
    type                   VARCHAR(30)  NOT NULL,
    competency             VARCHAR(20)  NOT NULL,
    level                  SMALLINT     NOT NULL CHECK (level BETWEEN 1 AND 6),
    status                 VARCHAR(20)  NOT NULL CHECK (status IN ('DRAFT', 'IN_REVIEW', 'PUBLISHED', 'RETIRED')),
    screen_reader_friendly BOOLEAN      NOT NULL,
    colour_blind_safe      BOOLEAN      NOT NULL,
    licence                VARCHAR(100) NOT NULL,
    authors                TEXT[]       NOT NULL,
    -- the item in the bank's exchange format (stem, answer key, feedback, explanation, policy)
    content                JSONB        NOT NULL,
    created_at             TIMESTAMPTZ  NOT NULL,
    updated_at             TIMESTAMPTZ  NOT NULL,
    CONSTRAINT itembank_item_variant UNIQUE (family, variant)
);
CREATE INDEX itembank_item_published ON itembank_item (status, competency);

-- IRT parameters are versioned: a calibration adds a version, never rewrites one. Attempts copy
-- the parameters they used, so past results stay scorable.
CREATE TABLE itembank_item_parameters (
    item_id    UUID             NOT NULL REFERENCES itembank_item (id),
    version    VARCHAR(40)      NOT NULL,
    a          DOUBLE PRECISION NOT NULL CHECK (a > 0),
    b          DOUBLE PRECISION NOT NULL,
    source     VARCHAR(20)      NOT NULL CHECK (source IN ('PRIOR', 'CALIBRATED')),
    created_at TIMESTAMPTZ      NOT NULL,
    PRIMARY KEY (item_id, version)
);
