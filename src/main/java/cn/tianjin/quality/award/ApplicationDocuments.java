package cn.tianjin.quality.award;

import cn.tianjin.quality.platform.files.AttachmentPolicy;
import cn.tianjin.quality.platform.security.Actor;
import cn.tianjin.quality.platform.security.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * The attachments of an award application: its own applicant attaches them while it can still edit, and reads them;
 * the recommender it named and staff read them once it has been submitted.
 */
@ApplicationScoped
public class ApplicationDocuments implements AttachmentPolicy {
    public static final String OWNER_TYPE = "award-application";

    @PersistenceContext
    EntityManager em;

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
                || submitted && actor.is(Role.RECOMMENDER) && actor.userId().equals(a.getRecommenderUserId());
    }

    @Override
    public boolean mayAttach(Actor actor, Long applicationId) {
        AwardApplication a = applicationId == null ? null : em.find(AwardApplication.class, applicationId);
        return a != null && actor.is(Role.APPLICANT) && actor.belongsTo(a.getEnterpriseId()) && a.getStatus().isEditable();
    }
}
