-- Which browser session was admitted to a certifying attempt (by the start/resume request the
-- invigilator authorised): the attempt's pages open only in that session, so a relaunch must be
-- authorised again (issue 17). Kept in the database rather than in the session's attributes so
-- two concurrent requests of one session (a double click) never race on a new attribute. The
-- session is known by a SHA-256 of its id only.
CREATE TABLE assessment_attempt_admission (
    attempt_id   UUID        NOT NULL REFERENCES assessment_attempt (id),
    member_id    UUID        NOT NULL REFERENCES member (id),
    session_hash CHAR(64)    NOT NULL,
    admitted_at  TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (attempt_id, session_hash)
);
