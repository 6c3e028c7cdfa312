-- AGS service endpoints as launches announce them (LTI AGS 2.0 §3.1 claim), kept per resource
-- link so a grade can be sent long after the student's session is gone.
CREATE TABLE lti_ags_endpoint (
    resource_link_id      UUID PRIMARY KEY REFERENCES lti_resource_link (id) ON DELETE CASCADE,
    member_id             UUID          NOT NULL REFERENCES member (id),
    registration_id       UUID          NOT NULL REFERENCES lti_registration (id) ON DELETE CASCADE,
    lineitems_url         VARCHAR(1000),
    lineitem_url          VARCHAR(1000),
    scopes                TEXT[]        NOT NULL,
    -- The line item found by resourceId or created by the tool when the launch named none.
    resolved_lineitem_url VARCHAR(1000),
    updated_at            TIMESTAMPTZ   NOT NULL
);
CREATE INDEX lti_ags_endpoint_member ON lti_ags_endpoint (member_id);

-- NRPS endpoint per course context (LTI NRPS 2.0 §3.6.1 claim).
CREATE TABLE lti_nrps_endpoint (
    context_id      UUID PRIMARY KEY REFERENCES lti_context (id) ON DELETE CASCADE,
    member_id       UUID          NOT NULL REFERENCES member (id),
    registration_id UUID          NOT NULL REFERENCES lti_registration (id) ON DELETE CASCADE,
    memberships_url VARCHAR(1000) NOT NULL,
    updated_at      TIMESTAMPTZ   NOT NULL
);
CREATE INDEX lti_nrps_endpoint_member ON lti_nrps_endpoint (member_id);

-- The durable grade outbox (DESIGN §4/§5). One row per completed attempt, written in the
-- transaction that completes it; drained by every node with FOR UPDATE SKIP LOCKED.
-- score_timestamp is fixed when the row is created: a redelivery always sends the same
-- timestamp, so the platform recognises it (AGS 2.0 §3.4.7: timestamps order scores).
CREATE TABLE lti_grade_outbox (
    id               UUID PRIMARY KEY,
    attempt_id       UUID          NOT NULL UNIQUE,
    member_id        UUID          NOT NULL REFERENCES member (id),
    user_id          UUID          NOT NULL REFERENCES lti_user (id),
    resource_link_id UUID          NOT NULL REFERENCES lti_resource_link (id),
    context_id       UUID,
    mode             VARCHAR(20)   NOT NULL,
    score_given      DOUBLE PRECISION NOT NULL,
    score_maximum    DOUBLE PRECISION NOT NULL,
    score_timestamp  TIMESTAMPTZ   NOT NULL,
    status           VARCHAR(12)   NOT NULL
        CHECK (status IN ('PENDING', 'DELIVERED', 'SUPERSEDED', 'DEAD', 'DISCARDED')),
    attempts         INT           NOT NULL DEFAULT 0,
    next_attempt_at  TIMESTAMPTZ   NOT NULL,
    -- Start of the current 24 h retry window: creation, or an administrator's retry.
    queued_at        TIMESTAMPTZ   NOT NULL,
    locked_until     TIMESTAMPTZ,
    lease_token      UUID,
    last_status      INT,
    last_error       VARCHAR(2000),
    created_at       TIMESTAMPTZ   NOT NULL,
    updated_at       TIMESTAMPTZ   NOT NULL,
    finished_at      TIMESTAMPTZ
);
CREATE INDEX lti_grade_outbox_due ON lti_grade_outbox (next_attempt_at) WHERE status = 'PENDING';
CREATE INDEX lti_grade_outbox_member_status ON lti_grade_outbox (member_id, status);
CREATE INDEX lti_grade_outbox_user_link ON lti_grade_outbox (user_id, resource_link_id, score_timestamp DESC);

-- Who retried or discarded which dead letter. Append-only: updates and deletes are refused.
CREATE TABLE lti_grade_audit (
    id         UUID PRIMARY KEY,
    member_id  UUID         NOT NULL REFERENCES member (id),
    outbox_id  UUID         NOT NULL REFERENCES lti_grade_outbox (id),
    action     VARCHAR(20)  NOT NULL CHECK (action IN ('RETRY', 'DISCARD')),
    actor      VARCHAR(100) NOT NULL,
    at         TIMESTAMPTZ  NOT NULL
);
CREATE INDEX lti_grade_audit_outbox ON lti_grade_audit (outbox_id);

CREATE FUNCTION lti_grade_audit_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'lti_grade_audit is append-only';
END;
$$;
CREATE TRIGGER lti_grade_audit_no_change BEFORE UPDATE OR DELETE ON lti_grade_audit
    FOR EACH ROW EXECUTE FUNCTION lti_grade_audit_append_only();

-- The class roster from NRPS, cached per context; refreshed on demand (DESIGN §5, §8).
CREATE TABLE lti_roster_fetch (
    context_id UUID PRIMARY KEY REFERENCES lti_context (id) ON DELETE CASCADE,
    member_id  UUID        NOT NULL REFERENCES member (id),
    fetched_at TIMESTAMPTZ NOT NULL
);

CREATE TABLE lti_roster_member (
    context_id  UUID         NOT NULL REFERENCES lti_context (id) ON DELETE CASCADE,
    member_id   UUID         NOT NULL REFERENCES member (id),
    subject     VARCHAR(255) NOT NULL,
    name        VARCHAR(400),
    given_name  VARCHAR(200),
    family_name VARCHAR(200),
    email       VARCHAR(320),
    roles       TEXT[]       NOT NULL,
    status      VARCHAR(20)  NOT NULL,
    PRIMARY KEY (context_id, subject)
);
CREATE INDEX lti_roster_member_member ON lti_roster_member (member_id);
