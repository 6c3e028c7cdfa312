-- When the platform last failed to give a course's class list (NRPS), and why. Until the retry
-- delay has passed, the class dashboard shows the cached list (or the tool's own launches) with a
-- notice instead of waiting on the platform again at every view (a hanging platform would cost a
-- request timeout per view). Shared by every node, like the roster cache itself.
CREATE TABLE dashboard_roster_failure (
    context_id UUID        PRIMARY KEY REFERENCES lti_context (id) ON DELETE CASCADE,
    member_id  UUID        NOT NULL REFERENCES member (id),
    code       VARCHAR(40) NOT NULL,
    failed_at  TIMESTAMPTZ NOT NULL
);
