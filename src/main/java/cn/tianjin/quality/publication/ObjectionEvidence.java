package cn.tianjin.quality.publication;

import cn.tianjin.quality.platform.files.AttachmentPolicy;
import cn.tianjin.quality.platform.security.Actor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * The evidence attached to an objection. The objector, who has no account, attaches files only in the request that
 * files the objection (the entity is marked while that transaction runs); afterwards nobody adds to it. Only staff
 * read it: the objector's name and contact and the evidence are not public.
 */
@ApplicationScoped
public class ObjectionEvidence implements AttachmentPolicy {
    public static final String OWNER_TYPE = "objection";

    @PersistenceContext
    EntityManager em;

    @Override
    public String ownerType() {
        return OWNER_TYPE;
    }

    @Override
    public boolean maySee(Actor actor, Long objectionId) {
        return actor.isStaff() && objectionId != null && em.find(Objection.class, objectionId) != null;
    }

    @Override
    public boolean mayAttach(Actor actor, Long objectionId) {
        Objection o = objectionId == null ? null : em.find(Objection.class, objectionId);
        return o != null && o.isTakingEvidence();
    }
}
