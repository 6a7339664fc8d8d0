package cn.tianjin.quality.award;

import cn.tianjin.quality.platform.files.AttachmentPolicy;
import cn.tianjin.quality.platform.security.Actor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** The visit report files of a site visit: the team leader attaches them; staff and the team read them. */
@ApplicationScoped
public class SiteVisitReports implements AttachmentPolicy {
    public static final String OWNER_TYPE = "award-site-visit";

    @Inject
    SiteVisitService visits;

    @Override
    public String ownerType() {
        return OWNER_TYPE;
    }

    @Override
    public boolean maySee(Actor actor, Long visitId) {
        return visits.mayRead(actor, visitId);
    }

    @Override
    public boolean mayAttach(Actor actor, Long visitId) {
        return maySee(actor, visitId) && actor.userId() != null && actor.userId().equals(visits.get(actor, visitId).visit().getLeaderUserId());
    }
}
