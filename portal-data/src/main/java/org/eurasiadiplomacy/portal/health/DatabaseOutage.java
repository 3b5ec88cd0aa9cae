package org.eurasiadiplomacy.portal.health;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;

/**
 * Whether a failure means the database cannot be reached (stopped, restarting, out of connections), as opposed
 * to a fault of the portal's own: the first is answered with "unavailable, try again" (503), the second with
 * the error page (500). Decided from the failure's causes: a connection failure by its SQL state class 08 or
 * its JDBC type, a refused socket, or the server's pool reporting that it could not allocate a connection.
 */
public final class DatabaseOutage {

    /** SQL state class 08, connection exception (SQL:2011, used by PostgreSQL and H2). */
    private static final String CONNECTION_EXCEPTION = "08";
    /** The pool of Payara (GlassFish) reports a failed allocation with this exception, by name only. */
    private static final String POOL_EXCEPTION = "com.sun.appserv.connectors.internal.api.PoolingException";

    private DatabaseOutage() {
    }

    public static boolean explains(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof SQLTransientConnectionException || cause instanceof SQLNonTransientConnectionException
                    || cause instanceof ConnectException || POOL_EXCEPTION.equals(cause.getClass().getName())) {
                return true;
            }
            if (cause instanceof SQLException sql && sql.getSQLState() != null
                    && sql.getSQLState().startsWith(CONNECTION_EXCEPTION)) {
                return true;
            }
        }
        return false;
    }
}
