-- Versions of the shared competency framework. Frameworks are consortium-wide (not tenant data):
-- every member assesses against the same référentiel. The CASE JSON package is the stored form.
CREATE TABLE framework_version (
    id            UUID PRIMARY KEY,
    idnumber      UUID         NOT NULL,
    code          VARCHAR(100) NOT NULL,
    version       VARCHAR(40)  NOT NULL,
    title_fr      TEXT         NOT NULL,
    title_en      TEXT,
    licence       VARCHAR(100),
    source_format VARCHAR(20)  NOT NULL,
    case_package  JSONB        NOT NULL,
    content_hash  CHAR(64)     NOT NULL,
    imported_at   TIMESTAMPTZ  NOT NULL,
    imported_by   VARCHAR(100) NOT NULL,
    CONSTRAINT framework_version_unique UNIQUE (idnumber, version)
);

CREATE TABLE framework_competency (
    framework_version_id UUID         NOT NULL REFERENCES framework_version (id) ON DELETE CASCADE,
    idnumber             UUID         NOT NULL,
    code                 VARCHAR(40)  NOT NULL,
    domain_code          VARCHAR(40)  NOT NULL,
    title_fr             TEXT         NOT NULL,
    title_en             TEXT,
    position             INT          NOT NULL,
    PRIMARY KEY (framework_version_id, idnumber)
);
CREATE INDEX framework_competency_code_idx ON framework_competency (framework_version_id, code);
