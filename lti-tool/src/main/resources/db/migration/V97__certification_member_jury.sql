-- Member university juries (issue 17, as in the DAEU consortium): the managers of a centre, as
-- their member's jury, endorse or defer (with a reason) each candidate the automatic jury found
-- valid, then close the jury of the session; the national officer publishes only what a closed
-- member jury endorsed (unless plume.certification.member-jury-required is false).
CREATE TABLE certification_member_jury_decision (
    candidate_id UUID         PRIMARY KEY REFERENCES certification_candidate (id),
    member_id    UUID         NOT NULL REFERENCES member (id),
    session_id   UUID         NOT NULL REFERENCES certification_session (id),
    verdict      VARCHAR(10)  NOT NULL CHECK (verdict IN ('ENDORSED', 'DEFERRED')),
    reason       VARCHAR(500),
    decided_by   VARCHAR(200) NOT NULL,
    decided_at   TIMESTAMPTZ  NOT NULL,
    CHECK (verdict = 'ENDORSED' OR reason IS NOT NULL)
);
CREATE INDEX certification_member_jury_decision_session ON certification_member_jury_decision (member_id, session_id);

CREATE TABLE certification_member_jury_closure (
    session_id UUID         PRIMARY KEY REFERENCES certification_session (id),
    member_id  UUID         NOT NULL REFERENCES member (id),
    closed_by  VARCHAR(200) NOT NULL,
    closed_at  TIMESTAMPTZ  NOT NULL
);
