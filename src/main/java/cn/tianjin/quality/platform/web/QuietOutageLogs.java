package cn.tianjin.quality.platform.web;

import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import java.util.logging.Filter;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * Mojarra logs, at INFO with the full stack trace, an exception met while it visits the components of an Ajax
 * postback, before it hands the exception on to the exception handler. During a database outage that is a trace for
 * every failed Ajax request, beside the line {@link DatabaseOutage#log} writes for it: those records are dropped.
 * Anything else Mojarra logs there is kept.
 */
@WebListener
public class QuietOutageLogs implements ServletContextListener {
    static final String MOJARRA_CONTEXT = "jakarta.enterprise.resource.webcontainer.faces.context";

    /** Held here: a logger nobody references may be collected, and its filter with it. */
    private Logger logger;
    private Filter previous;

    @Override
    public void contextInitialized(ServletContextEvent event) {
        logger = Logger.getLogger(MOJARRA_CONTEXT);
        previous = logger.getFilter();
        logger.setFilter(new DropOutages(previous));
    }

    @Override
    public void contextDestroyed(ServletContextEvent event) {
        // The logger outlives the application: leave no filter of this class loader behind on a redeploy.
        if (logger != null && logger.getFilter() instanceof DropOutages) {
            logger.setFilter(previous);
        }
    }

    static final class DropOutages implements Filter {
        private final Filter next;

        DropOutages(Filter next) {
            this.next = next;
        }

        @Override
        public boolean isLoggable(LogRecord record) {
            if (record.getThrown() != null && DatabaseOutage.isOutage(record.getThrown())) {
                return false;
            }
            return next == null || next.isLoggable(record);
        }
    }
}
