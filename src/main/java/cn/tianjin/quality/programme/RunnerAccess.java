package cn.tianjin.quality.programme;

import cn.tianjin.quality.platform.security.Actor;
import cn.tianjin.quality.platform.security.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * The evaluators of the organisation that runs a campaign (an alliance member, for the brands) read its submitted
 * applications and their documents; the evaluators of any other organisation do not.
 */
@ApplicationScoped
public class RunnerAccess implements ApplicationAccess {
    @PersistenceContext
    EntityManager em;

    @Override
    public boolean mayRead(Actor actor, Application application) {
        if (!actor.is(Role.EVALUATOR)) {
            return false;
        }
        Campaign c = em.find(Campaign.class, application.getCampaignId());
        return c != null && actor.evaluates(c.getOrganisationId());
    }
}
