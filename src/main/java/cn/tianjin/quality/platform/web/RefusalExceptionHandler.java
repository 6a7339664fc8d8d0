package cn.tianjin.quality.platform.web;

import jakarta.faces.FacesException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.net.URI;
import java.util.Iterator;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Turns a refused or missing object (AccessDeniedException, NotFoundException) anywhere in a page into a plain 404,
 * logged with who asked for what, an expired view into a way back to the page with a message, and the database out
 * of reach during a full page request into a 503 with the outage page, logged by {@link DatabaseOutage#log} (not
 * thrown on to the servlet container, which would log a stack trace for every request of the outage). Everything
 * else, and an outage during an Ajax postback, goes on to the next handler: OmniFaces' FullAjaxExceptionHandler
 * then answers the postback with the error page as a partial response the page shows.
 */
public class RefusalExceptionHandler extends ExceptionHandlerWrapper {
    private static final Logger LOG = Logger.getLogger(RefusalExceptionHandler.class.getName());

    public RefusalExceptionHandler(ExceptionHandler wrapped) {
        super(wrapped);
    }

    @Override
    public void handle() {
        Iterator<ExceptionQueuedEvent> it = getUnhandledExceptionQueuedEvents().iterator();
        while (it.hasNext()) {
            Throwable t = it.next().getContext().getException();
            if (isExpiredView(t)) {
                it.remove();
                sendBackToThePage(FacesContext.getCurrentInstance());
                return;
            }
            FacesContext current = FacesContext.getCurrentInstance();
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
        }
        getWrapped().handle();
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

    private static boolean isExpiredView(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof ViewExpiredException) {
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
