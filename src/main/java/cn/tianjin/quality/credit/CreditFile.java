package cn.tianjin.quality.credit;

import cn.tianjin.quality.enterprise.Enterprise;
import cn.tianjin.quality.enterprise.EnterpriseRegistered;
import cn.tianjin.quality.enterprise.EnterpriseService;
import cn.tianjin.quality.platform.PortalClock;
import cn.tianjin.quality.platform.security.Actor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;

/**
 * The quality credit file: a timeline per enterprise, written by listening to events of the other features
 * (registration, dishonesty entries, and later honours, titles and revocations), never by their callers.
 */
@ApplicationScoped
public class CreditFile {
    @Inject
    PortalClock clock;

    @PersistenceContext
    EntityManager em;

    @Inject
    EnterpriseService enterprises;

    @Inject
    jakarta.enterprise.event.Event<LineAdded> lineAdded;

    /** A line was added to the file of this code (the grade follows it). */
    public record LineAdded(String creditCode) {
    }

    void onRegistered(@Observes EnterpriseRegistered e) {
        add(e.creditCode(), e.on(), "REGISTERED", e.name(), "enterprise", e.enterpriseId());
    }

    void onListed(@Observes CreditEvents.Listed e) {
        add(e.creditCode(), e.listedOn(), "DISHONESTY_LISTED", e.reason() + " (" + e.removalOn() + ")",
                "dishonesty", e.entryId());
    }

    void onCorrected(@Observes CreditEvents.Corrected e) {
        add(e.creditCode(), clock.today(), "DISHONESTY_CORRECTED", e.changes(), "dishonesty", e.entryId());
    }

    void onEnded(@Observes CreditEvents.Ended e) {
        add(e.creditCode(), e.endedOn(), "DISHONESTY_ENDED", e.why(), "dishonesty", e.entryId());
    }

    /** Adds a line; other features (titles, programmes, CQO) call this from their own event listeners. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void add(String creditCode, java.time.LocalDate on, String kind, String detail, String refType, Long refId) {
        add(creditCode, on, kind, null, detail, refType, refId);
    }

    /** Adds a line naming what it concerns by a message of the bundle, shown in the reader's language. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void add(String creditCode, java.time.LocalDate on, String kind, String labelKey, String detail, String refType,
                    Long refId) {
        em.persist(new CreditEvent(creditCode, on, kind, labelKey, detail, refType, refId, clock.now()));
        lineAdded.fire(new LineAdded(creditCode));
    }

    /** The timeline of one enterprise, newest first; the enterprise itself and staff may read it. */
    @Transactional
    public List<CreditEvent> timeline(Actor actor, Long enterpriseId) {
        Enterprise e = enterprises.getFor(actor, enterpriseId);
        return em.createQuery("SELECT c FROM CreditEvent c WHERE c.creditCode = :code ORDER BY c.occurredOn DESC, c.id DESC",
                        CreditEvent.class)
                .setParameter("code", e.getCreditCode()).getResultList();
    }
}
