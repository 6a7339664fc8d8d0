package cn.tianjin.quality.award;

import cn.tianjin.quality.enterprise.Enterprise;
import cn.tianjin.quality.enterprise.EnterpriseService;
import cn.tianjin.quality.platform.BusinessException;
import cn.tianjin.quality.platform.security.CurrentUser;
import cn.tianjin.quality.platform.web.Ids;
import cn.tianjin.quality.platform.web.Pages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** One campaign (/official/campaign?id=): its settings, its stage and the move to the next, its applications. */
@Named
@ViewScoped
public class CampaignBacking implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    CampaignService campaigns;

    @Inject
    ApplicationService applications;

    @Inject
    EnterpriseService enterprises;

    @Inject
    CurrentUser currentUser;

    private String id;
    private AwardCampaign campaign;
    private List<AwardApplication> list;
    private final Map<Long, String> enterpriseNames = new HashMap<>();

    public void load() {
        campaign = campaigns.get(currentUser.actor(), Ids.parse(id));
        list = applications.ofCampaign(currentUser.actor(), campaign.getId());
        for (AwardApplication a : list) {
            enterpriseNames.computeIfAbsent(a.getEnterpriseId(), k -> {
                Enterprise e = enterprises.getFor(currentUser.actor(), k);
                return e.getName();
            });
        }
    }

    public void save() {
        try {
            campaigns.update(currentUser.actor(), campaign.getId(), campaign.getVersion(), campaign);
            Pages.info("campaign.saved");
            load();
        } catch (BusinessException e) {
            // The typed settings stay on the page to be corrected.
            Pages.error(e);
        }
    }

    public void advance() {
        try {
            CampaignStage from = campaign.getStage();
            campaigns.advance(currentUser.actor(), campaign.getId(), from);
            Pages.info("campaign.advanced", Pages.text("campaign.stage." + from.next()));
        } catch (BusinessException e) {
            Pages.error(e);
        }
        load();
    }

    public boolean isSettingsEditable() {
        return campaign.getStage().compareTo(CampaignStage.RECOMMENDATION) <= 0;
    }

    public CampaignStage[] getStages() { return CampaignStage.values(); }
    public AwardCampaign getCampaign() { return campaign; }
    public List<AwardApplication> getApplications() { return list; }
    public Map<Long, String> getEnterpriseNames() { return enterpriseNames; }
    public String getId() { return id; }
    public void setId(String id) { this.id = id; }
}
