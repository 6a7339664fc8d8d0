package cn.tianjin.quality.award;

import cn.tianjin.quality.platform.security.Actor;
import cn.tianjin.quality.platform.security.Role;
import cn.tianjin.quality.programme.Application;
import cn.tianjin.quality.programme.ApplicationAccess;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/** The site-visit team reads the application it visits and its documents, unless a member is in conflict with it. */
@ApplicationScoped
public class SiteVisitTeams implements ApplicationAccess {
    @PersistenceContext
    EntityManager em;

    @Inject
    SiteVisitService visits;

    @Override
    public boolean mayRead(Actor actor, Application a) {
        if (!actor.is(Role.EXPERT)) {
            return false;
        }
        List<Long> visitIds = em.createQuery("SELECT v.id FROM SiteVisit v, SiteVisitMember m WHERE m.visitId = v.id"
                        + " AND v.applicationId = :a AND m.userId = :u", Long.class)
                .setParameter("a", a.getId()).setParameter("u", actor.userId()).getResultList();
        return !visitIds.isEmpty() && visits.mayRead(actor, visitIds.get(0));
    }
}
