package cn.tianjin.quality.platform.privacy;

import cn.tianjin.quality.platform.BusinessException;
import cn.tianjin.quality.platform.audit.AuditLog;
import cn.tianjin.quality.platform.security.Actor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/**
 * Records that a staff member saw someone's telephone number and e-mail address whole, and why. The page shows the
 * details it already holds for an object it was allowed to show; this service is what makes the sight leave a trace,
 * under the object's own history, and refuses it without a reason.
 */
@ApplicationScoped
public class PersonalDataReveal {
    public static final String ACTION = "reveal-contact";
    /** The action of a reveal of an identity document's number. */
    public static final String IDENTITY_ACTION = "reveal-identity";
    public static final int REASON_MIN = 4;
    public static final int REASON_MAX = 300;

    @Inject
    AuditLog audit;

    /**
     * Audits that {@code actor} saw the contact details of {@code whose} (a name for the log) on the object
     * {@code objectType}/{@code objectId}, for {@code reason}; refuses anyone but staff and a missing or overlong
     * reason.
     */
    @Transactional
    public void reveal(Actor actor, String objectType, Object objectId, String whose, String reason) {
        reveal(actor, ACTION, objectType, objectId, whose, reason);
    }

    /** As {@link #reveal(Actor, String, Object, String, String)}, for another kind of personal data ({@code action}). */
    @Transactional
    public void reveal(Actor actor, String action, String objectType, Object objectId, String whose, String reason) {
        actor.requireStaff(action + " of " + objectType + " " + objectId);
        String why = reason == null ? "" : reason.strip();
        if (why.codePointCount(0, why.length()) < REASON_MIN) {
            throw new BusinessException("reveal.reason.required", REASON_MIN);
        }
        if (why.length() > REASON_MAX) {
            throw new BusinessException("reveal.reason.long", REASON_MAX);
        }
        audit.disclosure(actor, objectType, objectId, action, (whose == null ? "" : whose + ": ") + why);
    }
}
