-- A login state lives for minutes and is read once. Unlogged: no WAL for the busiest inserts and
-- deletes of a launch. After a crash (or on a promoted replica) the table is empty, so a login
-- started before is refused with LTI-STATE-UNKNOWN and the person opens the activity again;
-- no id_token issued before can be replayed either, since its state is gone.
ALTER TABLE lti_login_state SET UNLOGGED;
