package cn.tianjin.quality.publication;

import cn.tianjin.quality.credit.CreditFile;
import cn.tianjin.quality.platform.notify.NotificationService;
import cn.tianjin.quality.platform.web.Messages;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/**
 * What follows from a title's events, written by observing them rather than by the service that changes the title: the
 * line in the holder's credit file, and the message to the holder's accounts.
 */
@ApplicationScoped
public class TitleRecords {
    /** The holder's page of applications and titles, where certificates are downloaded. */
    static final String HOLDER_PAGE = "/enterprise/award";

    @Inject
    CreditFile creditFile;

    @Inject
    NotificationService notifications;

    void awarded(@Observes TitleEvents.Awarded e) {
        TitleEvents.About t = e.title();
        creditFile.add(t.creditCode(), e.on(), "TITLE_AWARDED", levelKey(t), line(t), Title.AUDIT_TYPE, t.titleId());
        if (e.imported()) {
            return; // recorded from the bureau's files years later: nothing for the holder to do or download
        }
        notifications.tellEnterprise(t.enterpriseId(), true, "title.awarded.subject", "title.awarded.body", HOLDER_PAGE,
                new Messages.Key(levelKey(t)), t.subjectName(), t.serial());
    }

    void caseOpened(@Observes TitleEvents.CaseOpened e) {
        notifications.tellEnterprise(e.title().enterpriseId(), false, "revocation.opened.subject", "revocation.opened.body",
                HOLDER_PAGE, e.title().serial(), e.grounds());
    }

    void caseDecided(@Observes TitleEvents.CaseDecided e) {
        TitleEvents.About t = e.title();
        if (e.revoked()) {
            creditFile.add(t.creditCode(), e.on(), "TITLE_REVOKED", levelKey(t), line(t) + "：" + e.reason(), Title.AUDIT_TYPE,
                    t.titleId());
        }
        notifications.tellEnterprise(t.enterpriseId(), false, e.revoked() ? "revocation.revoked.subject" : "revocation.dismissed.subject",
                e.revoked() ? "revocation.revoked.body" : "revocation.dismissed.body", HOLDER_PAGE, t.serial(), e.reason());
    }

    void expired(@Observes TitleEvents.Expired e) {
        TitleEvents.About t = e.title();
        creditFile.add(t.creditCode(), e.on(), "TITLE_EXPIRED", levelKey(t), line(t), Title.AUDIT_TYPE, t.titleId());
        notifications.tellEnterprise(t.enterpriseId(), false, "title.expired.subject", "title.expired.body", HOLDER_PAGE,
                new Messages.Key(levelKey(t)), t.subjectName(), t.serial());
    }

    void suspended(@Observes TitleEvents.Suspended e) {
        TitleEvents.About t = e.title();
        creditFile.add(t.creditCode(), e.on(), "TITLE_SUSPENDED", levelKey(t), line(t) + "：" + e.reason(), Title.AUDIT_TYPE,
                t.titleId());
        notifications.tellEnterprise(t.enterpriseId(), true, "title.suspended.subject", "title.suspended.body", HOLDER_PAGE,
                new Messages.Key(levelKey(t)), t.subjectName(), t.serial(), e.reason());
    }

    void reinstated(@Observes TitleEvents.Reinstated e) {
        TitleEvents.About t = e.title();
        creditFile.add(t.creditCode(), e.on(), "TITLE_REINSTATED", levelKey(t), line(t) + "：" + e.reason(), Title.AUDIT_TYPE,
                t.titleId());
        notifications.tellEnterprise(t.enterpriseId(), false, "title.reinstated.subject", "title.reinstated.body", HOLDER_PAGE,
                new Messages.Key(levelKey(t)), t.subjectName(), t.serial(), e.reason());
    }

    private static String levelKey(TitleEvents.About t) {
        return "title.level." + t.level();
    }

    /** The subject and the certificate's number: the same in every language. */
    private static String line(TitleEvents.About t) {
        return t.serial().isEmpty() ? t.subjectName() : t.subjectName() + "（" + t.serial() + "）";
    }
}
