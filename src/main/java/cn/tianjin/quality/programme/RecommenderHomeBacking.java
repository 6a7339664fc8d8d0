package cn.tianjin.quality.programme;

import cn.tianjin.quality.enterprise.Enterprise;
import cn.tianjin.quality.platform.security.CurrentUser;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;

/** The recommender's desk (/recommender/): the applications that named it, with enterprise and campaign. */
@Named
@RequestScoped
public class RecommenderHomeBacking {
    @Inject
    ApplicationService applications;

    @Inject
    CurrentUser currentUser;

    @PersistenceContext
    EntityManager em;

    /** One line of the list. */
    public record Line(Application application, String enterpriseName, String campaignName) {
    }

    private List<Line> lines;

    @Transactional
    public List<Line> getLines() {
        if (lines == null) {
            lines = applications.namingMe(currentUser.actor()).stream()
                    .map(a -> new Line(a, em.find(Enterprise.class, a.getEnterpriseId()).getName(),
                            em.find(Campaign.class, a.getCampaignId()).getName()))
                    .toList();
        }
        return lines;
    }
}
