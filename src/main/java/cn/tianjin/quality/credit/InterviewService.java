package cn.tianjin.quality.credit;

import cn.tianjin.quality.enterprise.Enterprise;
import cn.tianjin.quality.enterprise.EnterpriseService;
import cn.tianjin.quality.platform.BusinessException;
import cn.tianjin.quality.platform.NotFoundException;
import cn.tianjin.quality.platform.PortalClock;
import cn.tianjin.quality.platform.Texts;
import cn.tianjin.quality.platform.Versions;
import cn.tianjin.quality.platform.audit.AuditLog;
import cn.tianjin.quality.platform.security.Actor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;

/**
 * Quality-safety interviews (约谈): officials record them and what followed; the enterprise sees them in its credit
 * file. Each change is audited and raises an event.
 */
@ApplicationScoped
public class InterviewService {
    public static final int TEXT_MAX = 1000;
    public static final int ACTIONS_MAX = 4000;

    @Inject
    PortalClock clock;

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditLog audit;

    @Inject
    EnterpriseService enterprises;

    @Inject
    Event<CreditRecordEvents.Interviewed> interviewedEvents;

    @Inject
    Event<CreditRecordEvents.FollowedUp> followedUpEvents;

    /** An official records an interview held; refused on the first wrong field with nothing stored. */
    @Transactional
    public Interview record(Actor actor, Long enterpriseId, LocalDate heldOn, String reason, String attendees,
                            String requiredActions) {
        actor.requireStaff("recording interviews");
        Enterprise e = enterprises.getFor(actor, enterpriseId);
        if (heldOn == null) {
            throw BusinessException.onField("heldOn", "field.required");
        }
        if (heldOn.isAfter(clock.today())) {
            throw BusinessException.onField("heldOn", "interview.heldOn.future");
        }
        String why = Texts.required(reason, TEXT_MAX, "reason", "field.required");
        String who = Texts.required(attendees, TEXT_MAX, "attendees", "field.required");
        String what = Texts.required(requiredActions, ACTIONS_MAX, "requiredActions", "field.required");
        Interview i = new Interview(e.getId(), e.getCreditCode(), heldOn, why, who, what, actor.username(), clock.now());
        em.persist(i);
        em.flush();
        audit.record(actor, Interview.AUDIT_TYPE, i.getId(), "record", heldOn + " " + why);
        interviewedEvents.fire(new CreditRecordEvents.Interviewed(i.getId(), e.getId(), e.getCreditCode(), heldOn, why, what));
        return i;
    }

    /** An official records what followed the interview (the enterprise's actions, a check); it may be written again. */
    @Transactional
    public Interview followUp(Actor actor, Long id, int version, String text) {
        actor.requireStaff("recording interviews");
        Interview i = id == null ? null : em.find(Interview.class, id);
        if (i == null) {
            throw new NotFoundException("interview " + id);
        }
        Versions.expect(i.getVersion(), version);
        String t = Texts.required(text, ACTIONS_MAX, "followUp", "interview.followUp.required");
        i.followedUp(t, clock.today());
        Versions.flush(em);
        audit.record(actor, Interview.AUDIT_TYPE, i.getId(), "follow-up", t);
        followedUpEvents.fire(new CreditRecordEvents.FollowedUp(i.getId(), i.getCreditCode(), clock.today(), t));
        return i;
    }

    /** The interviews of an enterprise, newest first: the enterprise's own accounts and staff. */
    @Transactional
    public List<Interview> of(Actor actor, Long enterpriseId) {
        Enterprise e = enterprises.getFor(actor, enterpriseId);
        return em.createQuery("SELECT i FROM Interview i WHERE i.enterpriseId = :e ORDER BY i.heldOn DESC, i.id DESC",
                Interview.class).setParameter("e", e.getId()).getResultList();
    }
}
