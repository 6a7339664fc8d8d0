package cn.tianjin.quality.programme;

import cn.tianjin.quality.platform.files.AttachmentPolicy;
import cn.tianjin.quality.platform.security.Actor;
import cn.tianjin.quality.platform.security.Role;
import cn.tianjin.quality.review.EntryMaterials;
import cn.tianjin.quality.review.ReviewEntry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/**
 * The attachments of an application: its own applicant attaches them while it can still edit, and reads them; the
 * recommender it named, staff, the experts seated on its review entry and whoever a programme's own steps admit
 * ({@link ApplicationAccess}) read them once it has been submitted.
 */
@ApplicationScoped
public class ApplicationDocuments implements AttachmentPolicy {
    public static final String OWNER_TYPE = "application";

    @PersistenceContext
    EntityManager em;

    @Inject
    EntryMaterials materials;

    @Inject
    @Any
    Instance<ApplicationAccess> others;

    @Override
    public String ownerType() {
        return OWNER_TYPE;
    }

    @Override
    public boolean maySee(Actor actor, Long applicationId) {
        Application a = applicationId == null ? null : em.find(Application.class, applicationId);
        if (a == null) {
            return false;
        }
        boolean submitted = a.getStatus() != ApplicationStatus.DRAFT;
        return actor.is(Role.APPLICANT) && actor.belongsTo(a.getEnterpriseId())
                || submitted && actor.isStaff()
                || submitted && actor.is(Role.RECOMMENDER) && actor.userId().equals(a.getRecommenderUserId())
                || actor.is(Role.EXPERT) && reviews(actor, a)
                || submitted && others.stream().anyMatch(o -> o.mayRead(actor, a));
    }

    /** The expert holds an active seat on the review entry made from this application and is not in conflict with it. */
    private boolean reviews(Actor actor, Application a) {
        List<ReviewEntry> entries = em.createQuery("SELECT e FROM ReviewEntry e WHERE e.sourceType = :t AND e.sourceId = :s", ReviewEntry.class)
                .setParameter("t", OWNER_TYPE).setParameter("s", a.getId()).getResultList();
        return entries.stream().anyMatch(e -> materials.maySee(actor, e.getId()));
    }

    @Override
    public boolean mayAttach(Actor actor, Long applicationId) {
        Application a = applicationId == null ? null : em.find(Application.class, applicationId);
        return a != null && actor.is(Role.APPLICANT) && actor.belongsTo(a.getEnterpriseId()) && a.getStatus().isEditable();
    }
}
