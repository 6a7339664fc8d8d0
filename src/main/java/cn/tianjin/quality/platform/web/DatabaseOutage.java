package cn.tianjin.quality.platform.web;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Whether a failure means the database cannot be reached (stopped, restarting, network gone) rather than a bug: the
 * error page then tells users to try again shortly instead of handing them an incident number, and draws nothing
 * that needs the database itself. Recognised by the JDBC connection-failure types and SQL state class 08, and by the
 * application server's pool when it cannot open a connection (matched by name: the pool's classes are not an API).
 */
public final class DatabaseOutage {
    private static final Logger LOG = Logger.getLogger(DatabaseOutage.class.getName());

    /** A failure this long after the last full trace starts a new outage period, logged with its trace again. */
    static final long QUIET_MILLIS = 10 * 60 * 1000L;

    /** When the last full trace was written; every failed request until QUIET_MILLIS later gets one line. */
    private static final AtomicLong LAST_TRACE = new AtomicLong(Long.MIN_VALUE / 2);

    private DatabaseOutage() {
    }

    /**
     * Logs a request that failed because the database is out of reach: the first failure of an outage with its full
     * stack trace (what support needs once), every later one as a single line saying where, for whom and why. During
     * an outage every request fails the same way, and a trace per request would bury the log.
     */
    public static void log(String where, String who, Throwable failure) {
        if (isFirstOfOutage(System.currentTimeMillis(), LAST_TRACE)) {
            LOG.log(Level.WARNING, "Database unavailable at " + where + " for " + who
                    + " (first failure of this outage, with its trace; later ones get one line each)", failure);
        } else {
            LOG.log(Level.WARNING, "Database unavailable at {0} for {1}: {2}", new Object[] {where, who, rootMessage(failure)});
        }
    }

    /** Whether a failure at {@code now} is the first of an outage period, and if so marks it as such. */
    static boolean isFirstOfOutage(long now, AtomicLong lastTrace) {
        long last = lastTrace.get();
        return now - last >= QUIET_MILLIS && lastTrace.compareAndSet(last, now);
    }

    /** The innermost cause, as one line: its type and message. */
    public static String rootMessage(Throwable t) {
        if (t == null) {
            return "";
        }
        Throwable c = t;
        for (int depth = 0; c.getCause() != null && c.getCause() != c && depth < 50; depth++) {
            c = c.getCause();
        }
        String message = c.getMessage() == null ? "" : c.getMessage().lines().findFirst().orElse("");
        return c.getClass().getSimpleName() + ": " + message;
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
