package cn.tianjin.quality.award;

import cn.tianjin.quality.platform.files.AttachmentPolicy;
import cn.tianjin.quality.platform.security.Actor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * The files of a China Quality Award recommendation (certificates, reports, photos the package carries): staff see
 * them; they are attached while the edition is being prepared. Nobody else sees them, the nominee's enterprise included.
 */
@ApplicationScoped
public class NationalMaterials implements AttachmentPolicy {
    public static final String OWNER_TYPE = "national-nominee";

    @PersistenceContext
    EntityManager em;

    @Override
    public String ownerType() {
        return OWNER_TYPE;
    }

    @Override
    public boolean maySee(Actor actor, Long nomineeId) {
        return actor.isStaff() && nomineeId != null && em.find(NationalNominee.class, nomineeId) != null;
    }

    @Override
    public boolean mayAttach(Actor actor, Long nomineeId) {
        NationalNominee n = nomineeId == null ? null : em.find(NationalNominee.class, nomineeId);
        return actor.isStaff() && n != null && em.find(NationalRound.class, n.getRoundId()).isPreparing();
    }
}
