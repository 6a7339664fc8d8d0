package cn.tianjin.quality.platform;

import cn.tianjin.quality.platform.web.DatabaseOutage;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The log of a background job that runs again and again (every second or minute): a run of failures is logged once,
 * when it starts, and once more when the job works again. Logging every failed run would write a record, or a stack
 * trace, every second of a database outage, burying what the operators need to read.
 */
public final class JobFailures {
    private final Logger log;
    private final String job;
    private final AtomicBoolean failing = new AtomicBoolean();

    public JobFailures(Logger log, String job) {
        this.log = log;
        this.job = job;
    }

    /** A run failed: the first failure after a success is logged, with its trace unless the database is out of reach. */
    public void failed(Throwable failure) {
        if (!failing.compareAndSet(false, true)) {
            return;
        }
        if (DatabaseOutage.isOutage(failure)) {
            log.log(Level.WARNING, "{0} cannot reach the database ({1}); it tries again quietly until it can",
                    new Object[] {job, DatabaseOutage.rootMessage(failure)});
        } else {
            log.log(Level.WARNING, job + " failed; it tries again quietly until it succeeds", failure);
        }
    }

    /** A run succeeded: if the runs before it failed, says that the job works again. */
    public void succeeded() {
        if (failing.compareAndSet(true, false)) {
            log.log(Level.INFO, "{0} works again", job);
        }
    }

    public boolean failing() {
        return failing.get();
    }
}
