package cn.tianjin.quality.award;

import cn.tianjin.quality.platform.BusinessException;
import cn.tianjin.quality.platform.security.CurrentUser;
import cn.tianjin.quality.platform.web.Ids;
import cn.tianjin.quality.platform.web.PagedModel;
import cn.tianjin.quality.platform.web.Pages;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.primefaces.component.datatable.DataTable;
import org.primefaces.model.LazyDataModel;

/**
 * One campaign (/official/campaign?id=): its settings, its stage and the move to the next, its applications (paged,
 * sorted and filtered in the database: a city-wide campaign has thousands).
 */
@Named
@ViewScoped
public class CampaignBacking implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    CampaignService campaigns;

    @Inject
    ApplicationService applications;

    @Inject
    CurrentUser currentUser;

    private String id;
    private AwardCampaign campaign;
    private String filter;

    private final LazyDataModel<ApplicationService.CampaignRow> model = new PagedModel<>(
            () -> applications.countOfCampaign(currentUser.actor(), campaign.getId(), filter),
            (first, size, sort, asc) -> applications.pageOfCampaign(currentUser.actor(), campaign.getId(), filter, first, size,
                    sort, asc),
            ApplicationService.CampaignRow::getId);

    public void load() {
        campaign = campaigns.get(currentUser.actor(), Ids.parse(id));
    }

    /** Shows the first page of the applications that match the filter. */
    public void search() {
        if (FacesContext.getCurrentInstance().getViewRoot().findComponent("campaign:applicationTable") instanceof DataTable table) {
            table.setFirst(0);
        }
    }

    public void save() {
        // Refused settings stay on the page as typed, to be corrected.
        Pages.attempt(() -> {
            campaigns.update(currentUser.actor(), campaign.getId(), campaign.getVersion(), campaign);
            Pages.info("campaign.saved");
            load();
        });
    }

    public void advance() {
        Pages.attempt(() -> {
            CampaignStage from = campaign.getStage();
            campaigns.advance(currentUser.actor(), campaign.getId(), from);
            Pages.info("campaign.advanced", Pages.text("campaign.stage." + from.next()));
        });
        load();
    }

    public boolean isSettingsEditable() {
        return campaign.getStage().compareTo(CampaignStage.RECOMMENDATION) <= 0;
    }

    public CampaignStage[] getStages() { return CampaignStage.values(); }
    public AwardCampaign getCampaign() { return campaign; }
    public LazyDataModel<ApplicationService.CampaignRow> getApplications() { return model; }
    public String getFilter() { return filter; }
    public void setFilter(String filter) { this.filter = filter; }
    public String getId() { return id; }
    public void setId(String id) { this.id = id; }
}
