package fr.plume.tool.shared.web;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;

/**
 * Whether a request failed because PostgreSQL could not be reached (restart, failover, a pool
 * with no connection left): then the person gets the "try again in a few seconds" page with a
 * 503 and {@code Retry-After}, not the unexpected-error page, and the log gets one line without
 * a stack trace. Nothing is lost: the transaction did not commit, and an answer sent again with
 * its item token is recorded once.
 */
final class DatabaseOutage {

    /** Seconds a client should wait before trying again: a PostgreSQL restart or failover takes a few. */
    static final String RETRY_AFTER_SECONDS = "5";

    static final String CODE = "PLUME-UNAVAILABLE";

    private DatabaseOutage() {
    }

    /** True when {@code failure} or one of its causes says the database connection was lost or refused. */
    static boolean causedBy(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof DataAccessResourceFailureException || t instanceof TransientDataAccessResourceException
                    || t instanceof CannotCreateTransactionException || t instanceof SQLTransientConnectionException) {
                return true;
            }
            if (t instanceof SQLException sql && connectionLost(sql.getSQLState())) {
                return true;
            }
            // A rollback that fails in JDBC means the connection is gone (the pool's proxy of a
            // connection it evicted says "Connection is closed" without SQLSTATE); the failure it
            // replaced, when Spring kept it, says why.
            if (t instanceof TransactionSystemException rollback && (rollback.getCause() instanceof SQLException
                    || rollback.getApplicationException() != null && causedBy(rollback.getApplicationException()))) {
                return true;
            }
        }
        return false;
    }

    /**
     * SQLSTATE class 08 (connection exception) and 57P01–57P03 (administrator shutdown, crash
     * shutdown, cannot connect now): PostgreSQL Appendix A, "PostgreSQL Error Codes".
     */
    private static boolean connectionLost(String state) {
        return state != null && (state.startsWith("08") || state.startsWith("57P0"));
    }
}
