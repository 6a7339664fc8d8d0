package cn.tianjin.quality.platform.web;

import jakarta.faces.FacesException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import jakarta.faces.event.ExceptionQueuedEventContext;
import jakarta.faces.event.PhaseId;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.net.URI;
import java.util.Iterator;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.primefaces.csp.CspException;

/**
 * Turns a refused or missing object (AccessDeniedException, NotFoundException) anywhere in a page into a plain 404,
 * logged with who asked for what; an expired view into a way back to the page with a message; a page whose
 * view-scoped beans were thrown away half-way (too many pages of one session at once) into the same page opened again;
 * a postback without its page's script nonce into the same way back as an expired view;
 * a postback whose stored state does not fit its page into the same way back as an expired view; and the database out of reach during a full page request into a 503 with the outage page, logged by
 * {@link DatabaseOutage#log} (not thrown on to the servlet container, which would log a stack trace for every request
 * of the outage). Everything else, and an outage during an Ajax postback, goes on to the next handler: OmniFaces'
 * FullAjaxExceptionHandler then answers the postback with the error page as a partial response the page shows.
 */
public class RefusalExceptionHandler extends ExceptionHandlerWrapper {
    private static final Logger LOG = Logger.getLogger(RefusalExceptionHandler.class.getName());
    /** Mojarra's session attribute holding the views whose beans are alive, and the view root's key in it. */
    private static final String ACTIVE_VIEW_MAPS = "com.sun.faces.application.view.activeViewMaps";
    private static final String VIEW_MAP_ID = "com.sun.faces.application.view.viewMapId";
    /** The parameter that marks a page opened again (the layout then shows error.view.reopened). */
    static final String REOPENED = "reopened";
    private static final String REOPENED_VALUE = "1";

    public RefusalExceptionHandler(ExceptionHandler wrapped) {
        super(wrapped);
    }

    @Override
    public void handle() {
        Iterator<ExceptionQueuedEvent> it = getUnhandledExceptionQueuedEvents().iterator();
        while (it.hasNext()) {
            ExceptionQueuedEventContext queued = it.next().getContext();
            Throwable t = queued.getException();
            if (isExpiredView(t)) {
                it.remove();
                sendBackToThePage(FacesContext.getCurrentInstance());
                return;
            }
            FacesContext current = FacesContext.getCurrentInstance();
            if (lostItsBeans(current) && !current.getExternalContext().isResponseCommitted()) {
                if (current.isPostback() || current.getPartialViewContext().isAjaxRequest()) {
                    it.remove();
                    sendBackToThePage(current);
                    return;
                }
                if (!REOPENED_VALUE.equals(current.getExternalContext().getRequestParameterMap().get(REOPENED))) {
                    it.remove();
                    openAgain(current);
                    return;
                }
            }
            if (DatabaseOutage.isOutage(t) && !current.getPartialViewContext().isAjaxRequest()
                    && !current.getExternalContext().isResponseCommitted()) {
                it.remove();
                answerOutage(current, t);
                return;
            }
            if (ErrorBacking.isRefusal(t)) {
                it.remove();
                FacesContext fc = FacesContext.getCurrentInstance();
                HttpServletRequest req = (HttpServletRequest) fc.getExternalContext().getRequest();
                LOG.log(Level.INFO, "Refused {0}?{1} for {2} from {3}: {4}", new Object[] {req.getRequestURI(),
                        req.getQueryString(), req.getRemoteUser(), ClientAddress.of(req), rootMessage(t)});
                try {
                    if (!fc.getExternalContext().isResponseCommitted()) {
                        fc.getExternalContext().responseReset();
                        fc.getExternalContext().responseSendError(404, null);
                    }
                } catch (IOException e) {
                    throw new FacesException(e);
                }
                fc.responseComplete();
                return;
            }
            if (notRestored(queued.getPhaseId(), current)) {
                it.remove();
                HttpServletRequest req = (HttpServletRequest) current.getExternalContext().getRequest();
                LOG.log(Level.WARNING, "The state of the page posted to " + req.getRequestURI() + " by " + req.getRemoteUser()
                        + " could not be restored; sent back to the page", t);
                sendBackToThePage(current);
                return;
            }
        }
        getWrapped().handle();
    }

    /**
     * Whether a postback failed while its stored page state was being put back on the page. Seen once after a
     * fail-over, when the state replicated from the dead instance did not fit the page rebuilt on the other. Restoring
     * comes before any value is applied or any action runs, so nothing has changed: the user is sent back to the page
     * as from an expired one (and the failure is logged in full, since it may also be a fault of ours).
     */
    static boolean notRestored(PhaseId phase, FacesContext fc) {
        return phase == PhaseId.RESTORE_VIEW && fc != null && fc.isPostback()
                && !fc.getExternalContext().isResponseCommitted();
    }

    private static void answerOutage(FacesContext fc, Throwable t) {
        var ec = fc.getExternalContext();
        HttpServletRequest req = (HttpServletRequest) ec.getRequest();
        DatabaseOutage.log(req.getRequestURI(), req.getRemoteUser(), t);
        req.setAttribute(ErrorBacking.OUTAGE_LOGGED, Boolean.TRUE);
        try {
            ec.responseReset();
            ec.setResponseHeader("Retry-After", "30");
            ec.responseSendError(503, null);
        } catch (IOException e) {
            throw new FacesException(e);
        }
        fc.responseComplete();
    }

    /**
     * Whether the page's view-scoped beans were thrown away while it was being processed. A session keeps the beans of
     * its last ten views (com.sun.faces.numberOfActiveViewMaps in web.xml); when ten other pages of the same session
     * start at once (a user opening a dozen tabs together), the oldest page still being drawn loses its beans, and new
     * empty ones take their place half-way, which fails like a bug would. Mojarra keeps, in the session, the keys of the
     * views whose beans are alive.
     */
    static boolean lostItsBeans(FacesContext fc) {
        if (fc == null || fc.getViewRoot() == null || fc.getExternalContext().getSession(false) == null) {
            return false;
        }
        Object id = fc.getViewRoot().getTransientStateHelper().getTransient(VIEW_MAP_ID);
        return id != null && fc.getExternalContext().getSessionMap().get(ACTIVE_VIEW_MAPS) instanceof Map<?, ?> active
                && !active.containsKey(id);
    }

    /**
     * Opens the page again from the start, its address marked so that the layout says why; only once in a row (the
     * caller checks the mark), so a page that keeps failing is reported as the error it is.
     */
    private static void openAgain(FacesContext fc) {
        var ec = fc.getExternalContext();
        HttpServletRequest req = (HttpServletRequest) ec.getRequest();
        LOG.log(Level.INFO, "{0} lost its view-scoped beans while drawn, for {1} from {2}: too many pages of one session at"
                + " once; opened again", new Object[] {req.getRequestURI(), req.getRemoteUser(), ClientAddress.of(req)});
        String query = req.getQueryString();
        try {
            ec.responseReset();
            ec.redirect(req.getRequestURI() + "?" + (query == null ? "" : query + "&") + REOPENED + "=" + REOPENED_VALUE);
        } catch (IOException e) {
            throw new FacesException(e);
        }
        fc.responseComplete();
    }

    /**
     * Whether the page's view is gone, or the postback came without the script nonce its page was given, or with
     * another (PrimeFaces' script policy mode checks it as the answer is drawn; only a client that kept no page or
     * forged one sends that): both are answered as an expired page rather than as an incident.
     */
    private static boolean isExpiredView(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof ViewExpiredException || c instanceof CspException) {
                return true;
            }
        }
        return false;
    }

    /**
     * A form whose view is gone (the session ended, or the post was forged) changes nothing. Instead of an error, the
     * user is sent back to the page they were on, where a message in their language asks them to do it again. The
     * page's own address comes from the Referer when it is one of ours, as a form's action drops the query.
     */
    private static void sendBackToThePage(FacesContext fc) {
        var ec = fc.getExternalContext();
        HttpServletRequest req = (HttpServletRequest) ec.getRequest();
        LOG.log(Level.INFO, "Expired view at {0} for {1} from {2}",
                new Object[] {req.getRequestURI(), req.getRemoteUser(), ClientAddress.of(req)});
        String target = req.getRequestURI();
        try {
            URI referer = req.getHeader("Referer") == null ? null : URI.create(req.getHeader("Referer"));
            if (referer != null && req.getServerName().equals(referer.getHost()) && target.equals(referer.getRawPath())
                    && referer.getRawQuery() != null) {
                target += "?" + referer.getRawQuery();
            }
        } catch (IllegalArgumentException e) {
            LOG.log(Level.FINE, "Unreadable Referer", e);
        }
        try {
            fc.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_WARN,
                    Messages.get(Messages.locale(LocaleFilter.tagOf(req)), "error.expired.again"), null));
            ec.getFlash().setKeepMessages(true);
        } catch (RuntimeException e) {
            LOG.log(Level.FINE, "No flash for the expired view's message", e);
        }
        try {
            if (!ec.isResponseCommitted()) {
                ec.responseReset();
                ec.redirect(target);
            }
        } catch (IOException e) {
            throw new FacesException(e);
        }
        fc.responseComplete();
    }

    private static String rootMessage(Throwable t) {
        Throwable c = t;
        while (c.getCause() != null) {
            c = c.getCause();
        }
        return c.getMessage();
    }

    public static class Factory extends ExceptionHandlerFactory {
        public Factory(ExceptionHandlerFactory wrapped) {
            super(wrapped);
        }

        @Override
        public ExceptionHandler getExceptionHandler() {
            return new RefusalExceptionHandler(getWrapped().getExceptionHandler());
        }
    }
}
