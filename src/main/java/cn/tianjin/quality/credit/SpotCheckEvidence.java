package cn.tianjin.quality.credit;

import cn.tianjin.quality.platform.files.AttachmentPolicy;
import cn.tianjin.quality.platform.security.Actor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * Evidence of rectification measures: the enterprise the result is about and bureau staff see it; only the enterprise
 * attaches it, while the rectification awaits the enterprise.
 */
@ApplicationScoped
public class SpotCheckEvidence implements AttachmentPolicy {
    @PersistenceContext
    EntityManager em;

    @Inject
    SpotCheckService spotChecks;

    @Override
    public String ownerType() {
        return SpotCheck.AUDIT_TYPE;
    }

    @Override
    public boolean maySee(Actor actor, Long ownerId) {
        SpotCheck s = ownerId == null ? null : em.find(SpotCheck.class, ownerId);
        return s != null && (actor.isStaff() || spotChecks.owns(actor, s));
    }

    @Override
    public boolean mayAttach(Actor actor, Long ownerId) {
        SpotCheck s = ownerId == null ? null : em.find(SpotCheck.class, ownerId);
        return s != null && s.getStatus().awaitsEnterprise() && spotChecks.owns(actor, s);
    }
}
