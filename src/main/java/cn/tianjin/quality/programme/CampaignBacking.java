package cn.tianjin.quality.programme;

import cn.tianjin.quality.platform.security.CurrentUser;
import cn.tianjin.quality.platform.tables.ExportList;
import cn.tianjin.quality.platform.web.Ids;
import cn.tianjin.quality.platform.web.PagedModel;
import cn.tianjin.quality.platform.web.Pages;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.EnumSet;
import java.util.List;
import org.primefaces.component.datatable.DataTable;
import org.primefaces.model.LazyDataModel;

/**
 * One campaign of any programme (/official/campaign?id=): its settings and its programme's own, its stage and the move
 * to the next, links to the programme's own pages, and its applications (paged, sorted and filtered in the database:
 * a city-wide campaign has thousands).
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
    Programmes programmes;

    @Inject
    CurrentUser currentUser;

    @Inject
    cn.tianjin.quality.platform.security.Organisations organisations;

    private String id;
    private Campaign campaign;
    private String filter;
    /** The statuses whose applications link to eligibility, worked out once per view (asked for on every row). */
    private EnumSet<ApplicationStatus> atEligibility;

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
            Stage from = campaign.getStage();
            campaigns.advance(currentUser.actor(), campaign.getId(), from);
            Pages.info("campaign.advanced", Pages.text("campaign.stage." + from.next(getStages())));
        });
        load();
    }

    public boolean isSettingsEditable() {
        return campaigns.isSettingsOpen(campaign);
    }

    private Programme programme() {
        return programmes.get(campaign.getProgramme());
    }

    /** The stages of the campaign's programme, in order. */
    public List<Stage> getStages() {
        return programme().stages();
    }

    /** The stage the campaign moves to next; null at the last. */
    public Stage getNext() {
        return campaign.getStage().isLast() ? null : campaign.getStage().next(getStages());
    }

    public boolean isDone(Stage s) {
        return getStages().indexOf(s) < getStages().indexOf(campaign.getStage());
    }

    /** The page fragment with the programme's own settings, or null. */
    public String getSettingsPage() {
        return programme().settingsPage().orElse(null);
    }

    /** What the campaign's applications put forward, as the bundle names it: {@code programme.subject.<kind>}. */
    public String getSubjectKind() {
        return programme().subjectKind();
    }

    /** The organisation that runs the campaign, or null when the bureau does. */
    public String getOrganisationName() {
        return campaign.getOrganisationId() == null ? null : organisations.name(campaign.getOrganisationId()).orElse(null);
    }

    public List<Programme.Link> getLinks() {
        return programme().campaignLinks(campaign);
    }

    /** Whether an application in that status waits for eligibility in this campaign's programme, or has passed it. */
    public boolean atEligibility(ApplicationStatus status) {
        if (atEligibility == null) {
            boolean recommendation = getStages().contains(Stage.RECOMMENDATION);
            atEligibility = EnumSet.of(ApplicationStatus.ELIGIBLE, ApplicationStatus.INELIGIBLE);
            for (ApplicationStatus s : ApplicationStatus.values()) {
                if (s.awaitsEligibility(recommendation)) {
                    atEligibility.add(s);
                }
            }
        }
        return atEligibility.contains(status);
    }

    public Campaign getCampaign() { return campaign; }
    public LazyDataModel<ApplicationService.CampaignRow> getApplications() { return model; }
    /** The export's query: the campaign and the filter on screen. */
    public String getExportQuery() {
        return ExportList.query("campaign", campaign.getId(), "q", filter);
    }

    public String getFilter() { return filter; }
    public void setFilter(String filter) { this.filter = filter; }
    public String getId() { return id; }
    public void setId(String id) { this.id = id; }
}
