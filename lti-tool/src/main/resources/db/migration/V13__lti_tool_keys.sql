-- The tool's RSA signing keys. The private part is AES-GCM encrypted with a key derived from
-- PLUME_SECRET_KEY. NEXT keys are published before they sign; RETIRED keys stay published until
-- expires_at so platforms can still verify what they signed (DESIGN §5).
CREATE TABLE lti_tool_key (
    kid               VARCHAR(64) PRIMARY KEY,
    status            VARCHAR(10) NOT NULL CHECK (status IN ('NEXT', 'CURRENT', 'RETIRED')),
    public_jwk        TEXT        NOT NULL,
    private_key       BYTEA       NOT NULL,
    created_at        TIMESTAMPTZ NOT NULL,
    activated_at      TIMESTAMPTZ,
    retired_at        TIMESTAMPTZ,
    expires_at        TIMESTAMPTZ
);
CREATE UNIQUE INDEX lti_tool_key_one_current ON lti_tool_key (status) WHERE status = 'CURRENT';
CREATE UNIQUE INDEX lti_tool_key_one_next ON lti_tool_key (status) WHERE status = 'NEXT';
