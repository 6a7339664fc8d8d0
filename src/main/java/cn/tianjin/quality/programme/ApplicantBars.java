package cn.tianjin.quality.programme;

import cn.tianjin.quality.credit.CreditFile;
import cn.tianjin.quality.platform.BusinessException;
import cn.tianjin.quality.platform.audit.AuditLog;
import cn.tianjin.quality.platform.notify.NotificationService;
import cn.tianjin.quality.platform.security.Actor;
import cn.tianjin.quality.publication.RevocationCase;
import cn.tianjin.quality.publication.Title;
import cn.tianjin.quality.publication.TitleEvents;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Bars from fraud, for every programme: a title revoked because its holder deceived the evaluation keeps the holder out
 * of that programme for {@link Programme#fraudBarYears()} years from the revocation, in its credit file and told to it;
 * the workflow refuses a new application, and the submission of one begun before, while the bar runs.
 */
@ApplicationScoped
public class ApplicantBars {
    @PersistenceContext
    EntityManager em;

    @Inject
    Programmes programmes;

    @Inject
    CreditFile creditFile;

    @Inject
    NotificationService notifications;

    @Inject
    AuditLog audit;

    void onRevoked(@Observes TitleEvents.CaseDecided e) {
        if (!e.revoked() || e.ground() != RevocationCase.Origin.FRAUD) {
            return;
        }
        TitleEvents.About t = e.title();
        LocalDate until = e.on().plusYears(programmes.get(t.programme()).fraudBarYears()).minusDays(1);
        ApplicantBar bar = new ApplicantBar(t.enterpriseId(), t.programme(), t.titleId(), e.on(), until, e.reason());
        em.persist(bar);
        em.flush();
        audit.record(Actor.system(), ApplicantBar.AUDIT_TYPE, bar.getId(), "bar", t.programme() + " until " + until
                + " (title " + t.titleId() + ")");
        creditFile.add(t.creditCode(), e.on(), "APPLICANT_BARRED", "programme." + t.programme(), e.reason(), Title.AUDIT_TYPE,
                t.titleId());
        notifications.tellEnterprise(t.enterpriseId(), true, "bar.subject", "bar.body", "/enterprise/award",
                new cn.tianjin.quality.platform.web.Messages.Key("programme." + t.programme()), until);
    }

    /** The bar running on {@code day} against the enterprise in the programme, if any (the latest ending). */
    public Optional<ApplicantBar> running(Long enterpriseId, String programme, LocalDate day) {
        return em.createQuery("SELECT b FROM ApplicantBar b WHERE b.enterpriseId = :e AND b.programme = :p"
                        + " AND b.from <= :d AND b.until >= :d ORDER BY b.until DESC", ApplicantBar.class)
                .setParameter("e", enterpriseId).setParameter("p", programme).setParameter("d", day)
                .setMaxResults(1).getResultStream().findFirst();
    }

    /** Refuses an application (or its submission) while a bar runs, saying until when and why. */
    public void requireNotBarred(Long enterpriseId, String programme, LocalDate day) {
        Optional<ApplicantBar> bar = running(enterpriseId, programme, day);
        if (bar.isPresent()) {
            throw new BusinessException("application.barred", bar.get().getUntil(), bar.get().getReason());
        }
    }
}
