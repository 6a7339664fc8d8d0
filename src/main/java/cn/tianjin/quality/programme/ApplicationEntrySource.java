package cn.tianjin.quality.programme;

import cn.tianjin.quality.review.EntrySource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.HashMap;
import java.util.Map;

/** Gives the review engine an application's subject and sections for the experts' score sheets, in every programme. */
@ApplicationScoped
public class ApplicationEntrySource implements EntrySource {
    @PersistenceContext
    EntityManager em;

    @Override
    public String sourceType() {
        return ApplicationDocuments.OWNER_TYPE;
    }

    @Override
    @Transactional
    public Content content(long applicationId) {
        Application a = em.find(Application.class, applicationId);
        if (a == null) {
            return new Content("", Map.of());
        }
        Map<String, String> narratives = new HashMap<>();
        em.createQuery("SELECT n FROM ApplicationSection n WHERE n.applicationId = :a", ApplicationSection.class)
                .setParameter("a", applicationId).getResultList()
                .forEach(n -> {
                    if (n.getBody() != null) {
                        narratives.put(n.getSectionCode(), n.getBody());
                    }
                });
        String summary = a.getSubjectName() + (a.getSubjectDescription() == null ? "" : "：" + a.getSubjectDescription());
        return new Content(summary, narratives);
    }
}
