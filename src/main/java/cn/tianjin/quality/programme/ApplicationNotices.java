package cn.tianjin.quality.programme;

import cn.tianjin.quality.platform.notify.NotificationService;
import cn.tianjin.quality.platform.security.UserAccount;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/** Tells applicants and recommenders what happened to an application, by observing its events. */
@ApplicationScoped
public class ApplicationNotices {
    @PersistenceContext
    EntityManager em;

    @Inject
    NotificationService notifications;

    void submitted(@Observes ApplicationEvents.Submitted e) {
        if (e.recommenderUserId() == null) {
            return;
        }
        UserAccount recommender = em.find(UserAccount.class, e.recommenderUserId());
        notifications.notify(recommender.getId(), recommender.getLocale(), "application.submitted.subject", "application.submitted.body",
                "/recommender/application?id=" + e.application().applicationId(), e.application().enterpriseName(),
                e.application().campaignName());
    }

    void recommended(@Observes ApplicationEvents.Recommended e) {
        tell(e.application(), "application.recommended.subject", "application.recommended.body", e.application().campaignName());
    }

    void returned(@Observes ApplicationEvents.Returned e) {
        tell(e.application(), "application.returned.subject", "application.returned.body", e.application().campaignName(), e.reasons(),
                e.deadline().toString());
    }

    void decided(@Observes ApplicationEvents.EligibilityDecided e) {
        tell(e.application(), e.eligible() ? "eligibility.eligible.subject" : "eligibility.ineligible.subject",
                e.eligible() ? "eligibility.eligible.body" : "eligibility.ineligible.body", e.application().campaignName(),
                e.reason());
    }

    void removedByObjection(@Observes ApplicationEvents.RemovedByObjection e) {
        tell(e.application(), "objection.upheld.applicant.subject", "objection.upheld.applicant.body",
                e.application().campaignName(), e.reason());
    }

    void removedByVeto(@Observes ApplicationEvents.RemovedByVeto e) {
        tell(e.application(), "publication.vetoed.subject", "publication.vetoed.body", e.application().campaignName(),
                e.listingReason());
    }

    private void tell(ApplicationEvents.About a, String subjectKey, String bodyKey, Object... args) {
        notifications.tellEnterprise(a.enterpriseId(), true, subjectKey, bodyKey, "/enterprise/application?id=" + a.applicationId(),
                args);
    }
}
