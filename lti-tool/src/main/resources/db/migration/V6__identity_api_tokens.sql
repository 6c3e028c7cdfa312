-- Per-administrator API tokens (DESIGN §10). Only the SHA-256 of the secret is stored: the secret
-- is shown once, when the token is created, and cannot be read back.
CREATE TABLE api_token (
    id           UUID PRIMARY KEY,
    account_id   UUID         NOT NULL REFERENCES tool_account (id) ON DELETE CASCADE,
    name         VARCHAR(100) NOT NULL,
    secret_hash  BYTEA        NOT NULL UNIQUE,
    scopes       TEXT[]       NOT NULL,
    created_at   TIMESTAMPTZ  NOT NULL,
    expires_at   TIMESTAMPTZ,
    last_used_at TIMESTAMPTZ,
    revoked_at   TIMESTAMPTZ
);

CREATE INDEX api_token_account_ix ON api_token (account_id, created_at DESC);
