-- OIDC login state and used nonces live in PostgreSQL so that a launch started on one node can
-- finish on another (DESIGN §4). Both are one-time: rows are deleted or conflict on reuse.
CREATE TABLE lti_login_state (
    state            VARCHAR(64)  PRIMARY KEY,
    registration_id  UUID         NOT NULL REFERENCES lti_registration (id) ON DELETE CASCADE,
    nonce            VARCHAR(64)  NOT NULL,
    -- SHA-256 of the random value put in the browser cookie: binds the state to that browser.
    browser_binding  VARCHAR(64)  NOT NULL,
    login_hint       TEXT         NOT NULL,
    lti_message_hint TEXT,
    target_link_uri  TEXT,
    deployment_id    VARCHAR(255),
    expires_at       TIMESTAMPTZ  NOT NULL
);
CREATE INDEX lti_login_state_expiry ON lti_login_state (expires_at);

CREATE TABLE lti_used_nonce (
    issuer     VARCHAR(500) NOT NULL,
    nonce      VARCHAR(255) NOT NULL,
    expires_at TIMESTAMPTZ  NOT NULL,
    PRIMARY KEY (issuer, nonce)
);
CREATE INDEX lti_used_nonce_expiry ON lti_used_nonce (expires_at);

-- When each platform JWKS was last fetched: bounds refetches on unknown kid across all nodes.
CREATE TABLE lti_jwks_fetch (
    jwks_uri        VARCHAR(1000) PRIMARY KEY,
    last_fetched_at TIMESTAMPTZ   NOT NULL
);
