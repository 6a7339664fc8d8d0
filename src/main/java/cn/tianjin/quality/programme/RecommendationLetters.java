package cn.tianjin.quality.programme;

import cn.tianjin.quality.platform.files.AttachmentPolicy;
import cn.tianjin.quality.platform.security.Actor;
import cn.tianjin.quality.platform.security.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/** The stamped recommendation letter: the recommender named by the application attaches it; staff read it too. */
@ApplicationScoped
public class RecommendationLetters implements AttachmentPolicy {
    public static final String OWNER_TYPE = "recommendation-letter";

    @PersistenceContext
    EntityManager em;

    @jakarta.inject.Inject
    RunnerAccess runners;

    @Override
    public String ownerType() {
        return OWNER_TYPE;
    }

    @Override
    public boolean maySee(Actor actor, Long applicationId) {
        Application a = applicationId == null ? null : em.find(Application.class, applicationId);
        return a != null && (actor.isStaff() || isNamed(actor, a) || runners.mayRead(actor, a));
    }

    @Override
    public boolean mayAttach(Actor actor, Long applicationId) {
        Application a = applicationId == null ? null : em.find(Application.class, applicationId);
        return a != null && isNamed(actor, a) && a.getStatus() == ApplicationStatus.SUBMITTED;
    }

    private static boolean isNamed(Actor actor, Application a) {
        return actor.is(Role.RECOMMENDER) && actor.userId().equals(a.getRecommenderUserId());
    }
}
