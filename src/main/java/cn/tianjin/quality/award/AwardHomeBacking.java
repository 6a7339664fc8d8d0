package cn.tianjin.quality.award;

import cn.tianjin.quality.platform.BusinessException;
import cn.tianjin.quality.platform.security.CurrentUser;
import cn.tianjin.quality.platform.web.Pages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The applicant's award desk (/enterprise/award): campaigns open now and the enterprise's own applications. */
@Named
@RequestScoped
public class AwardHomeBacking {
    @Inject
    CampaignService campaigns;

    @Inject
    ApplicationService applications;

    @Inject
    TitleService titleService;

    @Inject
    CurrentUser currentUser;

    private List<AwardTitle> titles;

    private List<AwardCampaign> open;
    private List<AwardApplication> mine;
    private final Map<Long, String> campaignNames = new HashMap<>();

    public List<AwardCampaign> getOpen() {
        if (open == null) {
            open = campaigns.open();
        }
        return open;
    }

    public List<AwardApplication> getMine() {
        if (mine == null) {
            mine = applications.mine(currentUser.actor());
            mine.forEach(a -> campaignNames.computeIfAbsent(a.getCampaignId(), id -> campaigns.find(id).getName()));
        }
        return mine;
    }

    /** The enterprise's published titles, with their certificates. */
    public List<AwardTitle> getTitles() {
        if (titles == null) {
            Long enterprise = currentUser.actor().enterpriseId();
            titles = enterprise == null ? List.of() : titleService.ofEnterprise(currentUser.actor(), enterprise);
        }
        return titles;
    }

    public Map<Long, String> getCampaignNames() {
        getMine();
        return campaignNames;
    }

    public void apply(Long campaignId) throws IOException {
        Pages.attempt(() -> {
            AwardApplication a = applications.start(currentUser.actor(), campaignId);
            FacesContext.getCurrentInstance().getExternalContext().redirect("/enterprise/application?id=" + a.getId());
        });
    }
}
