package cn.tianjin.quality.award;

import cn.tianjin.quality.review.EntrySource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.HashMap;
import java.util.Map;

/** Gives the review engine an award application's model and narratives for the experts' score sheets. */
@ApplicationScoped
public class AwardEntrySource implements EntrySource {
    @PersistenceContext
    EntityManager em;

    @Override
    public String sourceType() {
        return ApplicationDocuments.OWNER_TYPE;
    }

    @Override
    @Transactional
    public Content content(long applicationId) {
        AwardApplication a = em.find(AwardApplication.class, applicationId);
        if (a == null) {
            return new Content("", Map.of());
        }
        Map<String, String> narratives = new HashMap<>();
        em.createQuery("SELECT n FROM AwardNarrative n WHERE n.applicationId = :a", AwardNarrative.class)
                .setParameter("a", applicationId).getResultList()
                .forEach(n -> {
                    if (n.getBody() != null) {
                        narratives.put(n.getCategoryCode(), n.getBody());
                    }
                });
        String summary = a.getModelName() + (a.getModelDescription() == null ? "" : "：" + a.getModelDescription());
        return new Content(summary, narratives);
    }
}
