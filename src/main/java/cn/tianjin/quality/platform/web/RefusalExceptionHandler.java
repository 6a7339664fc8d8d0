package cn.tianjin.quality.platform.web;

import jakarta.faces.FacesException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.Iterator;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Turns a refused or missing object (AccessDeniedException, NotFoundException) anywhere in a page into a plain 404,
 * logged with who asked for what. Everything else goes on to the next handler and the incident page.
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
