package cn.tianjin.quality.programme;

import cn.tianjin.quality.platform.security.CurrentUser;
import cn.tianjin.quality.platform.web.DeskList;
import cn.tianjin.quality.platform.work.DeskLines;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/**
 * The recommender's desk (/recommender/): the applications that named it, with enterprise and campaign, the newest
 * {@value DeskList#SHOWN} unless all are asked for (/recommender/?all=1).
 */
@Named
@RequestScoped
public class RecommenderHomeBacking {
    @Inject
    ApplicationService applications;

    @Inject
    DeskLines desk;

    @Inject
    CurrentUser currentUser;

    private DeskList<ApplicationService.WithNames> lines;

    private DeskList<ApplicationService.WithNames> lines() {
        if (lines == null) {
            lines = DeskList.read(() -> applications.namingMeNamed(currentUser.actor()),
                    n -> desk.of("recommender-applications", currentUser.actor(),
                            () -> applications.namingMeNamed(currentUser.actor(), n)));
        }
        return lines;
    }

    public List<ApplicationService.WithNames> getLines() {
        return lines().shown();
    }

    /** Whether more applications named the recommender than the desk shows. */
    public boolean isMore() {
        return lines().more();
    }

    public int getShown() {
        return DeskList.SHOWN;
    }
}
