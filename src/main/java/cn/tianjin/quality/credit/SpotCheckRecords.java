package cn.tianjin.quality.credit;

import cn.tianjin.quality.enterprise.EnterpriseService;
import cn.tianjin.quality.platform.notify.NotificationService;
import cn.tianjin.quality.platform.security.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/**
 * What follows from spot-check events, written by observing them: the lines of the enterprise's credit file (the
 * result, its rectification) and the messages to the enterprise's accounts (when it has any) and to the bureau.
 */
@ApplicationScoped
public class SpotCheckRecords {
    /** The enterprise's page of one result. */
    static final String ENTERPRISE_PAGE = "/enterprise/spot-check?id=";
    /** The officials' page of one result. */
    static final String OFFICIAL_PAGE = "/official/spot-check?id=";

    @Inject
    CreditFile creditFile;

    @Inject
    EnterpriseService enterprises;

    @Inject
    NotificationService notifications;

    void passed(@Observes SpotCheckEvents.Passed e) {
        SpotCheckEvents.About a = e.about();
        creditFile.add(a.creditCode(), a.checkedOn(), "SPOT_CHECK_PASSED", line(a) + " · " + e.inspectionBody(),
                SpotCheck.AUDIT_TYPE, a.spotCheckId());
    }

    void failed(@Observes SpotCheckEvents.Failed e) {
        SpotCheckEvents.About a = e.about();
        creditFile.add(a.creditCode(), a.checkedOn(), "SPOT_CHECK_FAILED",
                line(a) + " · " + e.failedItems() + " · " + e.inspectionBody() + " · " + e.rectifyBy(),
                SpotCheck.AUDIT_TYPE, a.spotCheckId());
        tell(a, "spotCheck.notify.failed", a.product(), a.batch(), e.failedItems(), e.rectifyBy());
    }

    void submitted(@Observes SpotCheckEvents.Submitted e) {
        SpotCheckEvents.About a = e.about();
        notifications.tellRole(Role.OFFICIAL, "spotCheck.notify.submitted.subject", "spotCheck.notify.submitted.body",
                OFFICIAL_PAGE + a.spotCheckId(), a.enterpriseName(), a.product(), a.batch());
    }

    void rectified(@Observes SpotCheckEvents.Rectified e) {
        SpotCheckEvents.About a = e.about();
        creditFile.add(a.creditCode(), e.on(), "SPOT_CHECK_RECTIFIED", line(a), SpotCheck.AUDIT_TYPE, a.spotCheckId());
        tell(a, "spotCheck.notify.rectified", a.product(), a.batch());
    }

    void returned(@Observes SpotCheckEvents.Returned e) {
        SpotCheckEvents.About a = e.about();
        tell(a, "spotCheck.notify.returned", a.product(), a.batch(), e.reason(), e.rectifyBy());
    }

    void reminded(@Observes SpotCheckEvents.Reminded e) {
        SpotCheckEvents.About a = e.about();
        String kind = SpotCheckReminder.OVERDUE.equals(e.kind()) ? "overdue" : "dueSoon";
        tell(a, "spotCheck.notify." + kind, a.product(), a.batch(), e.deadline());
    }

    void becameOverdue(@Observes SpotCheckEvents.BecameOverdue e) {
        notifications.tellRole(Role.OFFICIAL, "spotCheck.notify.becameOverdue.subject", "spotCheck.notify.becameOverdue.body",
                "/official/spot-checks?view=OVERDUE", e.count());
    }

    private void tell(SpotCheckEvents.About a, String key, Object... args) {
        enterprises.findByCode(a.creditCode()).ifPresent(enterprise -> notifications.tellEnterprise(enterprise.getId(), true,
                key + ".subject", key + ".body", ENTERPRISE_PAGE + a.spotCheckId(), args));
    }

    private static String line(SpotCheckEvents.About a) {
        return a.product() + " · " + a.batch();
    }
}
