-- Nothing looks sessions up by user (SessionStoreConfiguration resolves no principal name):
-- the index only cost an entry per session.
DROP INDEX spring_session_ix3;
