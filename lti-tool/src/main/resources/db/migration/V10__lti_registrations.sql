-- Platforms (Moodle sites, the demo platform) registered for a member. One issuer may hold
-- several registrations: Moodle gives course-level tools their own client_id (DESIGN §5).
CREATE TABLE lti_registration (
    id                     UUID PRIMARY KEY,
    member_id              UUID         NOT NULL REFERENCES member (id),
    label                  VARCHAR(200) NOT NULL,
    issuer                 VARCHAR(500) NOT NULL,
    client_id              VARCHAR(255) NOT NULL,
    authorization_endpoint VARCHAR(1000) NOT NULL,
    token_endpoint         VARCHAR(1000) NOT NULL,
    jwks_uri               VARCHAR(1000) NOT NULL,
    status                 VARCHAR(20)  NOT NULL CHECK (status IN ('PENDING', 'ACTIVE', 'DISABLED')),
    created_at             TIMESTAMPTZ  NOT NULL,
    updated_at             TIMESTAMPTZ  NOT NULL,
    CONSTRAINT lti_registration_issuer_client UNIQUE (issuer, client_id)
);
CREATE INDEX lti_registration_member ON lti_registration (member_id);

CREATE TABLE lti_deployment (
    registration_id UUID         NOT NULL REFERENCES lti_registration (id) ON DELETE CASCADE,
    member_id       UUID         NOT NULL REFERENCES member (id),
    deployment_id   VARCHAR(255) NOT NULL,
    created_at      TIMESTAMPTZ  NOT NULL,
    PRIMARY KEY (registration_id, deployment_id)
);
