package cn.tianjin.quality.award;

import cn.tianjin.quality.platform.files.AttachmentPolicy;
import cn.tianjin.quality.platform.security.Actor;
import cn.tianjin.quality.platform.security.Role;
import cn.tianjin.quality.review.EntryMaterials;
import cn.tianjin.quality.review.ReviewEntry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/**
 * The attachments of an award application: its own applicant attaches them while it can still edit, and reads them;
 * the recommender it named and staff read them once it has been submitted.
 */
@ApplicationScoped
public class ApplicationDocuments implements AttachmentPolicy {
    public static final String OWNER_TYPE = "award-application";

    @PersistenceContext
    EntityManager em;

    @Inject
    EntryMaterials materials;

    @Override
    public String ownerType() {
        return OWNER_TYPE;
    }

    @Override
    public boolean maySee(Actor actor, Long applicationId) {
        AwardApplication a = applicationId == null ? null : em.find(AwardApplication.class, applicationId);
        if (a == null) {
            return false;
        }
        boolean submitted = a.getStatus() != ApplicationStatus.DRAFT;
        return actor.is(Role.APPLICANT) && actor.belongsTo(a.getEnterpriseId())
                || submitted && actor.isStaff()
                || submitted && actor.is(Role.RECOMMENDER) && actor.userId().equals(a.getRecommenderUserId())
                || actor.is(Role.EXPERT) && reviews(actor, a);
    }

    /** The expert holds an active seat on the review entry made from this application and is not in conflict with it. */
    private boolean reviews(Actor actor, AwardApplication a) {
        List<ReviewEntry> entries = em.createQuery("SELECT e FROM ReviewEntry e WHERE e.sourceType = :t AND e.sourceId = :s", ReviewEntry.class)
                .setParameter("t", OWNER_TYPE).setParameter("s", a.getId()).getResultList();
        return entries.stream().anyMatch(e -> materials.maySee(actor, e.getId()));
    }

    @Override
    public boolean mayAttach(Actor actor, Long applicationId) {
        AwardApplication a = applicationId == null ? null : em.find(AwardApplication.class, applicationId);
        return a != null && actor.is(Role.APPLICANT) && actor.belongsTo(a.getEnterpriseId()) && a.getStatus().isEditable();
    }
}
