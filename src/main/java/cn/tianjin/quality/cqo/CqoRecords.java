package cn.tianjin.quality.cqo;

import cn.tianjin.quality.credit.CreditFile;
import cn.tianjin.quality.platform.notify.NotificationService;
import cn.tianjin.quality.platform.security.Role;
import cn.tianjin.quality.platform.web.Messages;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/**
 * What follows from a CQO filing's events, written by observing them: the line in the enterprise's credit file
 * (registration, changes, the end) and the message to the enterprise's accounts.
 */
@ApplicationScoped
public class CqoRecords {
    /** The enterprise's CQO page. */
    static final String ENTERPRISE_PAGE = "/enterprise/cqo";
    /** The enterprise's report page, for a year given after it. */
    static final String REPORT_PAGE = "/enterprise/cqo-report?year=";

    @Inject
    CreditFile creditFile;

    @Inject
    NotificationService notifications;

    void returned(@Observes CqoEvents.Returned e) {
        notifications.tellEnterprise(e.filing().enterpriseId(), true, "cqo.notify.returned.subject",
                "cqo.notify.returned.body", ENTERPRISE_PAGE, e.filing().maskedName(), e.reasons());
    }

    void registered(@Observes CqoEvents.Registered e) {
        CqoEvents.About f = e.filing();
        creditFile.add(f.creditCode(), e.on(), "CQO_REGISTERED", f.registryNumber() + " " + f.maskedName(),
                Filing.AUDIT_TYPE, f.filingId());
        notifications.tellEnterprise(f.enterpriseId(), true, "cqo.notify.registered.subject",
                "cqo.notify.registered.body", ENTERPRISE_PAGE, f.maskedName(), f.registryNumber());
    }

    void changed(@Observes CqoEvents.Changed e) {
        CqoEvents.About f = e.filing();
        creditFile.add(f.creditCode(), e.on(), "CQO_CHANGED", f.registryNumber() + " " + f.maskedName() + "：" + e.what(),
                Filing.AUDIT_TYPE, f.filingId());
    }

    void ended(@Observes CqoEvents.Ended e) {
        CqoEvents.About f = e.filing();
        creditFile.add(f.creditCode(), e.on(), "CQO_ENDED", e.kind().messageKey(),
                f.registryNumber() + " " + f.maskedName() + (e.reason() == null ? "" : "：" + e.reason()),
                Filing.AUDIT_TYPE, f.filingId());
        if (e.byBureau()) {
            notifications.tellEnterprise(f.enterpriseId(), true, "cqo.notify.ended.subject", "cqo.notify.ended.body",
                    ENTERPRISE_PAGE, f.maskedName(), f.registryNumber(), new Messages.Key(e.kind().messageKey()),
                    e.reason() == null ? "" : e.reason());
        }
    }

    void reportReminded(@Observes CqoEvents.ReportReminded e) {
        String kind = e.level() >= ReportSchedule.OVERDUE ? "overdue" : e.level() == ReportSchedule.LAST_MONTH ? "lastMonth" : "opening";
        notifications.tellEnterprise(e.enterpriseId(), true, "cqo.notify.report." + kind + ".subject",
                "cqo.notify.report." + kind + ".body", REPORT_PAGE + e.year(), e.year(), e.deadline());
    }

    void reportsOverdue(@Observes CqoEvents.ReportsOverdue e) {
        notifications.tellRole(Role.OFFICIAL, "cqo.notify.reportsOverdue.subject", "cqo.notify.reportsOverdue.body",
                "/official/cqo-reports?year=" + e.year(), e.year(), e.late(), e.deadline());
    }
}
