package cn.tianjin.quality.brand;

import cn.tianjin.quality.platform.security.Organisations;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;

/** The alliance's member organisations as the platform knows them: the organisations of evaluator accounts. */
@ApplicationScoped
public class AllianceOrganisations implements Organisations {
    @PersistenceContext
    EntityManager em;

    @Override
    public boolean active(Long id) {
        AllianceMember m = id == null ? null : em.find(AllianceMember.class, id);
        return m != null && !m.isSuspended();
    }

    @Override
    public java.util.Map<Long, String> active() {
        java.util.Map<Long, String> named = new java.util.LinkedHashMap<>();
        em.createQuery("SELECT m FROM AllianceMember m WHERE m.status = :s ORDER BY m.name", AllianceMember.class)
                .setParameter("s", AllianceMember.Status.ADMITTED).getResultList().forEach(m -> named.put(m.getId(), m.getName()));
        return named;
    }

    @Override
    public Optional<String> name(Long id) {
        return Optional.ofNullable(id == null ? null : em.find(AllianceMember.class, id)).map(AllianceMember::getName);
    }
}
