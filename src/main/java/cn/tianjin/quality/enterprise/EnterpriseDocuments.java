package cn.tianjin.quality.enterprise;

import cn.tianjin.quality.platform.files.AttachmentPolicy;
import cn.tianjin.quality.platform.security.Actor;
import jakarta.enterprise.context.ApplicationScoped;

/** Files attached to an enterprise (licence, certificates): its own users attach and read them, staff read them. */
@ApplicationScoped
public class EnterpriseDocuments implements AttachmentPolicy {
    public static final String OWNER_TYPE = "enterprise";

    @Override
    public String ownerType() {
        return OWNER_TYPE;
    }

    @Override
    public boolean maySee(Actor actor, Long enterpriseId) {
        return actor.isStaff() || actor.belongsTo(enterpriseId);
    }

    @Override
    public boolean mayAttach(Actor actor, Long enterpriseId) {
        return actor.belongsTo(enterpriseId);
    }
}
