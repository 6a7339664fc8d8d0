package cn.tianjin.quality.platform.web;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;

/**
 * Whether a failure means the database cannot be reached (stopped, restarting, network gone) rather than a bug: the
 * error page then tells users to try again shortly instead of handing them an incident number, and draws nothing
 * that needs the database itself. Recognised by the JDBC connection-failure types and SQL state class 08, and by the
 * application server's pool when it cannot open a connection (matched by name: the pool's classes are not an API).
 */
public final class DatabaseOutage {
    private DatabaseOutage() {
    }

    public static boolean isOutage(Throwable failure) {
        int depth = 0;
        for (Throwable c = failure; c != null && depth < 50; c = c.getCause(), depth++) {
            if (c instanceof SQLTransientConnectionException || c instanceof SQLNonTransientConnectionException
                    || c instanceof SQLRecoverableException) {
                return true;
            }
            if (c instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("08")) {
                return true;
            }
            String name = c.getClass().getSimpleName();
            if (name.equals("CommunicationsException") || name.equals("PoolingException")
                    || name.equals("ResourceAllocationException")) {
                return true;
            }
            if (c instanceof SQLException sql) {
                for (Throwable next = sql.getNextException(); next != null && depth < 50; next = ((SQLException) next).getNextException(), depth++) {
                    if (isOutage(next)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }
}
