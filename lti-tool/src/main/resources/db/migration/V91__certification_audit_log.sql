-- The append-only, tamper-evident audit log of certification (DESIGN §7): every action is a row
-- whose hash covers its content and the previous row's hash, so changing or deleting a row breaks
-- every later link. The trigger refuses UPDATE and DELETE to the application's own connections.
CREATE TABLE certification_audit (
    seq           BIGINT        PRIMARY KEY,
    member_id     UUID,
    at            TIMESTAMPTZ   NOT NULL,
    actor         VARCHAR(200)  NOT NULL,
    action        VARCHAR(60)   NOT NULL,
    subject_id    UUID,
    details       VARCHAR(2000) NOT NULL DEFAULT '',
    previous_hash CHAR(64)      NOT NULL,
    hash          CHAR(64)      NOT NULL UNIQUE
);
CREATE INDEX certification_audit_subject ON certification_audit (subject_id);

CREATE FUNCTION certification_audit_append_only() RETURNS trigger AS $$
BEGIN
    RAISE EXCEPTION 'certification_audit is append-only';
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER certification_audit_no_change BEFORE UPDATE OR DELETE ON certification_audit
    FOR EACH ROW EXECUTE FUNCTION certification_audit_append_only();
