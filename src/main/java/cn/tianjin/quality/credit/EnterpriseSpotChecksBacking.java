package cn.tianjin.quality.credit;

import cn.tianjin.quality.platform.PortalClock;
import cn.tianjin.quality.platform.security.CurrentUser;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** An enterprise's own spot-check results (/enterprise/spot-checks), failures awaiting its measures first in mind. */
@Named
@RequestScoped
public class EnterpriseSpotChecksBacking {
    @Inject
    PortalClock clock;

    @Inject
    SpotCheckService spotChecks;

    @Inject
    CurrentUser currentUser;

    private List<SpotCheck> results;

    public List<SpotCheck> getResults() {
        if (results == null) {
            results = spotChecks.ofMyEnterprise(currentUser.actor());
        }
        return results;
    }

    /** How many failures await the enterprise's measures. */
    public long getAwaiting() {
        return getResults().stream().filter(s -> s.getStatus().awaitsEnterprise()).count();
    }

    public boolean isOverdue(SpotCheck s) {
        return s.overdueOn(clock.today());
    }
}
