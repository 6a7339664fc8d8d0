package cn.tianjin.quality.programme;

import cn.tianjin.quality.platform.security.CurrentUser;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** The recommender's desk (/recommender/): the applications that named it, with enterprise and campaign. */
@Named
@RequestScoped
public class RecommenderHomeBacking {
    @Inject
    ApplicationService applications;

    @Inject
    CurrentUser currentUser;

    private List<ApplicationService.WithNames> lines;

    public List<ApplicationService.WithNames> getLines() {
        if (lines == null) {
            lines = applications.namingMeNamed(currentUser.actor());
        }
        return lines;
    }
}
