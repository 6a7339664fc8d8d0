package cn.tianjin.quality.programme;

import cn.tianjin.quality.platform.security.Actor;
import cn.tianjin.quality.review.ReviewRound;
import cn.tianjin.quality.review.RoundRunners;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/** A campaign's review round is run by those who run the campaign: the evaluators of the organisation named on it. */
@ApplicationScoped
public class CampaignRoundRunners implements RoundRunners {
    @PersistenceContext
    EntityManager em;

    @Override
    public boolean runs(Actor actor, ReviewRound round) {
        return em.createQuery("SELECT c.organisationId FROM Campaign c WHERE c.reviewRoundId = :r", Long.class)
                .setParameter("r", round.getId()).getResultStream().anyMatch(actor::evaluates);
    }
}
