package cn.tianjin.quality.platform.reference;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;

/** Tianjin's districts, for every feature that files something under one: enterprises, recommenders, experts. */
@ApplicationScoped
public class Districts {
    @PersistenceContext
    EntityManager em;

    /** All 16, by code. */
    @Transactional
    public List<District> all() {
        return em.createQuery("SELECT d FROM District d ORDER BY d.code", District.class).getResultList();
    }

    /** Whether the code is one of Tianjin's districts. */
    @Transactional
    public boolean exists(String code) {
        return code != null && em.find(District.class, code) != null;
    }
}
