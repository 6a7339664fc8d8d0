package cn.tianjin.quality.review;

import cn.tianjin.quality.enterprise.Enterprise;
import cn.tianjin.quality.platform.files.AttachmentPolicy;
import cn.tianjin.quality.platform.security.Actor;
import cn.tianjin.quality.platform.security.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * The materials of an entry under review (the application's documents as the programme hands them over, or files an
 * official attaches). Staff see and attach them; an expert sees them only through an active seat on the entry and
 * never while in conflict with its enterprise; the entry's own applicant sees what was submitted in its name.
 */
@ApplicationScoped
public class EntryMaterials implements AttachmentPolicy {
    public static final String OWNER_TYPE = "review-entry";

    @PersistenceContext
    EntityManager em;

    @jakarta.inject.Inject
    @jakarta.enterprise.inject.Any
    jakarta.enterprise.inject.Instance<RoundRunners> runners;

    @Inject
    ExpertService experts;

    @Override
    public String ownerType() {
        return OWNER_TYPE;
    }

    @Override
    public boolean maySee(Actor actor, Long entryId) {
        ReviewEntry entry = entryId == null ? null : em.find(ReviewEntry.class, entryId);
        if (entry == null) {
            return false;
        }
        if (actor.isStaff()) {
            return true;
        }
        if (actor.is(Role.APPLICANT)) {
            return actor.belongsTo(entry.getEnterpriseId());
        }
        if (actor.is(Role.EVALUATOR)) {
            ReviewRound round = em.find(ReviewRound.class, entry.getRoundId());
            return runners.stream().anyMatch(r -> r.runs(actor, round));
        }
        if (!actor.is(Role.EXPERT)) {
            return false;
        }
        boolean seated = !em.createQuery("SELECT a.id FROM ReviewAssignment a WHERE a.entryId = :e AND a.expertUserId = :x"
                        + " AND a.withdrawnAt IS NULL", Long.class)
                .setParameter("e", entryId).setParameter("x", actor.userId()).setMaxResults(1).getResultList().isEmpty();
        return seated && !experts.isConflicted(actor.userId(), em.find(Enterprise.class, entry.getEnterpriseId()).getCreditCode());
    }

    @Override
    public boolean mayAttach(Actor actor, Long entryId) {
        return actor.isStaff() && em.find(ReviewEntry.class, entryId) != null;
    }
}
