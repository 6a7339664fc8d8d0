package cn.tianjin.quality.cqo;

import cn.tianjin.quality.platform.files.AttachmentPolicy;
import cn.tianjin.quality.platform.security.Actor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * Appointment letters of CQO filings: the enterprise that filed and bureau staff see them; only the enterprise
 * attaches one, while the filing awaits the bureau or has been returned to it.
 */
@ApplicationScoped
public class CqoLetters implements AttachmentPolicy {
    @PersistenceContext
    EntityManager em;

    @Override
    public String ownerType() {
        return Filing.AUDIT_TYPE;
    }

    @Override
    public boolean maySee(Actor actor, Long ownerId) {
        Filing f = ownerId == null ? null : em.find(Filing.class, ownerId);
        return f != null && (actor.isStaff() || actor.belongsTo(f.getEnterpriseId()));
    }

    @Override
    public boolean mayAttach(Actor actor, Long ownerId) {
        Filing f = ownerId == null ? null : em.find(Filing.class, ownerId);
        return f != null && f.getStatus().pending() && actor.belongsTo(f.getEnterpriseId());
    }
}
