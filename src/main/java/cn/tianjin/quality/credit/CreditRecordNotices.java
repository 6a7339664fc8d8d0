package cn.tianjin.quality.credit;

import cn.tianjin.quality.platform.notify.NotificationService;
import cn.tianjin.quality.platform.web.Messages;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/**
 * What follows from declarations and interviews, written by observing their events: the lines of the enterprise's
 * credit file and, for what the bureau did, the message to the enterprise's accounts.
 */
@ApplicationScoped
public class CreditRecordNotices {
    private static final String FILE_PAGE = "/enterprise/credit-file?id=";

    @Inject
    CreditFile creditFile;

    @Inject
    NotificationService notifications;

    void declared(@Observes CreditRecordEvents.Declared e) {
        var a = e.about();
        creditFile.add(a.creditCode(), e.on(), a.kind() == Declaration.Kind.STANDARD ? "STANDARD_DECLARED" : "COMMITMENT_MADE",
                a.summary(), Declaration.AUDIT_TYPE, a.declarationId());
    }

    void withdrawn(@Observes CreditRecordEvents.Withdrawn e) {
        var a = e.about();
        creditFile.add(a.creditCode(), e.on(), "DECLARATION_WITHDRAWN", kindKey(a.kind()), a.summary(),
                Declaration.AUDIT_TYPE, a.declarationId());
    }

    void breached(@Observes CreditRecordEvents.Breached e) {
        var a = e.about();
        creditFile.add(a.creditCode(), e.on(), "DECLARATION_BREACHED", kindKey(a.kind()), a.summary() + "：" + e.reason(),
                Declaration.AUDIT_TYPE, a.declarationId());
        notifications.tellEnterprise(a.enterpriseId(), true, "declaration.notify.breached.subject",
                "declaration.notify.breached.body", FILE_PAGE + a.enterpriseId(), new Messages.Key(kindKey(a.kind())),
                a.summary(), e.reason());
    }

    void interviewed(@Observes CreditRecordEvents.Interviewed e) {
        creditFile.add(e.creditCode(), e.heldOn(), "INTERVIEW", e.reason(), Interview.AUDIT_TYPE, e.interviewId());
        notifications.tellEnterprise(e.enterpriseId(), true, "interview.notify.subject", "interview.notify.body",
                FILE_PAGE + e.enterpriseId(), e.heldOn(), e.reason(), e.requiredActions());
    }

    void followedUp(@Observes CreditRecordEvents.FollowedUp e) {
        creditFile.add(e.creditCode(), e.on(), "INTERVIEW_FOLLOW_UP", e.text(), Interview.AUDIT_TYPE, e.interviewId());
    }

    private static String kindKey(Declaration.Kind kind) {
        return "declaration.kind." + kind;
    }
}
