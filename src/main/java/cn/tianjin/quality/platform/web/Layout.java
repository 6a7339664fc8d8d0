package cn.tianjin.quality.platform.web;

import cn.tianjin.quality.platform.PortalConfig;
import cn.tianjin.quality.platform.notify.NotificationService;
import cn.tianjin.quality.platform.security.CurrentUser;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** What the layout shows besides the page: demo banner, unread count. */
@Named
@RequestScoped
public class Layout {
    @Inject
    PortalConfig config;

    @Inject
    CurrentUser currentUser;

    @Inject
    NotificationService notifications;

    @Inject
    jakarta.servlet.http.HttpServletRequest request;

    private Long inboxCount;

    /**
     * The error page of a database outage draws the layout without anything read from the database (who is logged in,
     * the unread count), or it would fail in turn and the server's bare error page would show instead.
     */
    public boolean isDegraded() {
        return DatabaseOutage.isOutage((Throwable) request.getAttribute(jakarta.servlet.RequestDispatcher.ERROR_EXCEPTION))
                || Boolean.TRUE.equals(request.getAttribute(ErrorBacking.OUTAGE_LOGGED));
    }

    /** Whether the page is a stateless public one: no session, no widget, no PrimeFaces script (see StatelessViews). */
    public boolean isStateless() {
        FacesContext context = FacesContext.getCurrentInstance();
        return context.getViewRoot() != null && StatelessViews.listed(context, context.getViewRoot().getViewId());
    }

    public boolean isDemo() {
        return config.demo();
    }

    public long getInboxCount() {
        if (inboxCount == null) {
            inboxCount = currentUser.isLoggedIn() ? notifications.unreadCount(currentUser.actor()) : 0L;
        }
        return inboxCount;
    }
}
