package cn.tianjin.quality.programme;

import cn.tianjin.quality.credit.CreditFile;
import cn.tianjin.quality.enterprise.Enterprise;
import cn.tianjin.quality.platform.PortalClock;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * An application's results in its enterprise's credit file, for every programme, by observing the workflow's events:
 * found ineligible, taken off the proposal after an objection or by the dishonesty veto, and not awarded when its
 * campaign published. (Titles awarded, suspended, revoked and expired are written by the titles' own records.)
 */
@ApplicationScoped
public class ApplicationRecords {
    @PersistenceContext
    EntityManager em;

    @Inject
    CreditFile creditFile;

    @Inject
    PortalClock clock;

    void decided(@Observes ApplicationEvents.EligibilityDecided e) {
        if (!e.eligible()) {
            add(e.application(), "APPLICATION_INELIGIBLE", e.reason());
        }
    }

    void removedByObjection(@Observes ApplicationEvents.RemovedByObjection e) {
        add(e.application(), "APPLICATION_REMOVED", e.reason());
    }

    void removedByVeto(@Observes ApplicationEvents.RemovedByVeto e) {
        add(e.application(), "APPLICATION_VETOED", e.listingReason());
    }

    void notAwarded(@Observes ApplicationEvents.NotAwarded e) {
        add(e.application(), "APPLICATION_NOT_AWARDED", null);
    }

    /** The line: the programme as its label, the campaign and the application's subject, and the reason when there is one. */
    private void add(ApplicationEvents.About about, String kind, String reason) {
        Enterprise enterprise = em.find(Enterprise.class, about.enterpriseId());
        Application a = em.find(Application.class, about.applicationId());
        String subject = a.getSubjectName() == null ? "" : "“" + a.getSubjectName() + "”";
        String detail = about.campaignName() + subject + (reason == null || reason.isBlank() ? "" : "：" + reason);
        creditFile.add(enterprise.getCreditCode(), clock.today(), kind, "programme." + about.programme(), detail,
                Application.AUDIT_TYPE, about.applicationId());
    }
}
