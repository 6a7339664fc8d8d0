package cn.tianjin.quality.platform.web;

import cn.tianjin.quality.platform.AccessDeniedException;
import cn.tianjin.quality.platform.NotFoundException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The error pages. An unexpected failure gets an incident id that is shown to the user and written to the log
 * with the stack trace, so support can find it; the user never sees the trace.
 */
@Named
@RequestScoped
public class ErrorBacking {
    private static final Logger LOG = Logger.getLogger(ErrorBacking.class.getName());

    /** Set by whoever answered 503 for a database outage and logged it already. */
    static final String OUTAGE_LOGGED = "cn.tianjin.quality.outage-logged";

    @Inject
    HttpServletRequest request;

    private String incident;
    private Boolean outage;

    /**
     * Whether the failure is the database being out of reach: the page then says so and asks to try again shortly,
     * answers 503, and logs one line rather than an incident with a stack trace per request during the outage.
     */
    public boolean isDatabaseUnavailable() {
        if (outage == null) {
            Throwable t = (Throwable) request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
            outage = DatabaseOutage.isOutage(t) || Boolean.TRUE.equals(request.getAttribute(OUTAGE_LOGGED));
            if (outage && request.getAttribute(OUTAGE_LOGGED) == null) {
                DatabaseOutage.log(String.valueOf(request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI)),
                        request.getRemoteUser(), t);
                var response = (jakarta.servlet.http.HttpServletResponse)
                        jakarta.faces.context.FacesContext.getCurrentInstance().getExternalContext().getResponse();
                // An Ajax postback keeps 200: PrimeFaces applies a partial response only then, and this page is it.
                if (!response.isCommitted() && !"partial/ajax".equals(request.getHeader("Faces-Request"))) {
                    response.setStatus(503);
                    response.setHeader("Retry-After", "30");
                }
            }
        }
        return outage;
    }

    public String getIncident() {
        if (incident == null) {
            incident = UUID.randomUUID().toString().substring(0, 8).toUpperCase(java.util.Locale.ROOT);
            Throwable t = (Throwable) request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
            Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
            LOG.log(Level.SEVERE, "Incident " + incident + " at " + uri + " for " + request.getRemoteUser(), t);
        }
        return incident;
    }

    /** Logs refusals so that probing shows up in the log with who tried what. */
    public String getRefusal() {
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        Throwable t = (Throwable) request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
        if (t != null || request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE) != null) {
            LOG.log(Level.INFO, "Refused {0} for {1} from {2}: {3}",
                    new Object[] {uri, request.getRemoteUser(), ClientAddress.of(request), t == null ? "" : t.getMessage()});
        }
        return "";
    }

    static boolean isRefusal(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof AccessDeniedException || c instanceof NotFoundException) {
                return true;
            }
        }
        return false;
    }
}
