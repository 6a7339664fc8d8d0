package cn.tianjin.quality.credit;

import cn.tianjin.quality.enterprise.Enterprise;
import cn.tianjin.quality.enterprise.EnterpriseService;
import cn.tianjin.quality.platform.PortalClock;
import cn.tianjin.quality.platform.web.Ids;
import cn.tianjin.quality.platform.security.CurrentUser;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** The credit file page (/enterprise/credit-file?id=): the enterprise's own, or any for staff. */
@Named
@RequestScoped
public class CreditFileBacking {
    @Inject
    PortalClock clock;

    @Inject
    EnterpriseService enterprises;

    @Inject
    CreditFile creditFile;

    @Inject
    CreditService credit;

    @Inject
    CurrentUser currentUser;

    private String id;
    private Enterprise enterprise;
    private List<CreditEvent> events;
    private CreditService.Veto veto;

    public void load() {
        Long key = Ids.parse(id);
        enterprise = enterprises.getFor(currentUser.actor(), key);
        events = creditFile.timeline(currentUser.actor(), key);
        veto = credit.veto(enterprise.getCreditCode(), clock.today());
    }

    public String getId() { return id; }
    public void setId(String id) { this.id = id; }
    public Enterprise getEnterprise() { return enterprise; }
    public List<CreditEvent> getEvents() { return events; }
    public CreditService.Veto getVeto() { return veto; }
}
