package cn.tianjin.quality.platform.web;

import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.FacesContext;
import org.omnifaces.exceptionhandler.FullAjaxExceptionHandler;
import org.omnifaces.exceptionhandler.FullAjaxExceptionHandlerFactory;

/**
 * OmniFaces' handler that shows the error page in answer to an Ajax postback too, except that a database outage is
 * not logged here with a stack trace per request: the error page it shows logs it (see {@link ErrorBacking} and
 * {@link DatabaseOutage#log}), with one trace for the first failure of the outage and a line for each after it.
 */
public class QuietOutageAjaxHandler extends FullAjaxExceptionHandler {
    public QuietOutageAjaxHandler(ExceptionHandler wrapped) {
        super(wrapped);
    }

    @Override
    protected void logException(FacesContext context, Throwable exception, String location, LogReason reason) {
        if (!DatabaseOutage.isOutage(exception)) {
            super.logException(context, exception, location, reason);
        } else if (reason != LogReason.EXCEPTION_HANDLED) {
            // The error page could not be shown (the answer had begun), so nothing else logs this request.
            DatabaseOutage.log(context.getExternalContext().getRequestServletPath(),
                    context.getExternalContext().getRemoteUser(), exception);
        }
    }

    /** A FullAjaxExceptionHandlerFactory, so OmniFaces still registers its FacesExceptionFilter for full requests. */
    public static class Factory extends FullAjaxExceptionHandlerFactory {
        public Factory(ExceptionHandlerFactory wrapped) {
            super(wrapped);
        }

        @Override
        public ExceptionHandler getExceptionHandler() {
            return new QuietOutageAjaxHandler(getWrapped().getExceptionHandler());
        }
    }
}
