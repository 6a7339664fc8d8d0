package cn.tianjin.quality.platform.notify;

import cn.tianjin.quality.platform.security.CurrentUser;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** The inbox (/account/inbox) and, in demo mode only, the kept outbox (/public/demo-mail). */
@Named
@RequestScoped
public class InboxBacking {
    @Inject
    NotificationService notifications;

    @Inject
    CurrentUser currentUser;

    private List<Notification> messages;
    private List<MailMessage> demoMail;

    public List<Notification> getMessages() {
        if (messages == null) {
            messages = notifications.inbox(currentUser.actor(), 100);
        }
        return messages;
    }

    public void markRead(Long id) {
        notifications.markRead(currentUser.actor(), id);
        messages = null;
    }

    public List<MailMessage> getDemoMail() {
        if (demoMail == null) {
            demoMail = notifications.demoOutbox(30);
        }
        return demoMail;
    }
}
