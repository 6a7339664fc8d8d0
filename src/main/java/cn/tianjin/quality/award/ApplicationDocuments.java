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

    @Inject
    jakarta.enterprise.inject.Instance<SiteVisitService> siteVisits;

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
                || actor.is(Role.EXPERT) && (reviews(actor, a) || visits(actor, a));
    }

    /** The expert is on the site-visit team of this application and not in conflict with it. */
    private boolean visits(Actor actor, AwardApplication a) {
        List<Long> visitIds = em.createQuery("SELECT v.id FROM SiteVisit v, SiteVisitMember m WHERE m.visitId = v.id"
                        + " AND v.applicationId = :a AND m.userId = :u", Long.class)
                .setParameter("a", a.getId()).setParameter("u", actor.userId()).getResultList();
        return !visitIds.isEmpty() && siteVisits.get().mayRead(actor, visitIds.get(0));
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
