package cn.tianjin.quality.programme;

import cn.tianjin.quality.platform.security.CurrentUser;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/**
 * The recommender's desk (/recommender/): the applications that named it, with enterprise and campaign, the newest
 * {@value #SHOWN} unless all are asked for (/recommender/?all=1).
 */
@Named
@RequestScoped
public class RecommenderHomeBacking {
    @Inject
    ApplicationService applications;

    @Inject
    CurrentUser currentUser;

    static final int SHOWN = 30;

    @Inject
    jakarta.faces.context.FacesContext faces;

    private List<ApplicationService.WithNames> lines;

    public List<ApplicationService.WithNames> getLines() {
        if (lines == null) {
            lines = isAll() ? applications.namingMeNamed(currentUser.actor())
                    : applications.namingMeNamed(currentUser.actor(), SHOWN + 1);
        }
        return isAll() || lines.size() <= SHOWN ? lines : lines.subList(0, SHOWN);
    }

    /** Whether more applications named the recommender than the desk shows. */
    public boolean isMore() {
        getLines();
        return !isAll() && lines.size() > SHOWN;
    }

    public boolean isAll() {
        return "1".equals(faces.getExternalContext().getRequestParameterMap().get("all"));
    }
}
