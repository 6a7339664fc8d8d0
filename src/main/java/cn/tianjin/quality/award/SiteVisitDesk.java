package cn.tianjin.quality.award;

import cn.tianjin.quality.platform.security.CurrentUser;
import cn.tianjin.quality.platform.work.DeskLines;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** The site visits on an expert's desk. */
@Named
@RequestScoped
public class SiteVisitDesk {
    @Inject
    SiteVisitService visits;

    @Inject
    DeskLines desk;

    @Inject
    CurrentUser currentUser;

    private List<SiteVisitService.View> mine;

    public List<SiteVisitService.View> getVisits() {
        if (mine == null) {
            mine = desk.of("site-visits", currentUser.actor(), () -> visits.mine(currentUser.actor()));
        }
        return mine;
    }
}
