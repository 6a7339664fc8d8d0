package cn.tianjin.quality.award;

import cn.tianjin.quality.programme.Campaign;
import cn.tianjin.quality.programme.CampaignService;
import cn.tianjin.quality.platform.BusinessException;
import cn.tianjin.quality.platform.PortalClock;
import cn.tianjin.quality.platform.security.CurrentUser;
import cn.tianjin.quality.platform.web.Ids;
import cn.tianjin.quality.platform.web.Pages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Site visits of a campaign (/official/site-visits?id=): plan a visit per shortlisted entry and follow the reports. */
@Named
@ViewScoped
public class SiteVisitsBacking implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    PortalClock clock;

    @Inject
    SiteVisitService visits;

    @Inject
    CommitteeService committee;

    @Inject
    CampaignService campaigns;

    @Inject
    CurrentUser currentUser;

    private String id;
    private Campaign campaign;
    private List<ShortlistEntry> shortlist;
    private final Map<Long, SiteVisitService.View> visitByApplication = new HashMap<>();
    private final Map<Long, String> titles = new HashMap<>();
    private Long planApplicationId;
    private LocalDate planDate;
    private int teamSize = 3;
    private Long seed;

    public void load() {
        if (planDate == null) {
            planDate = clock.today().plusDays(14);
        }
        campaign = campaigns.get(currentUser.actor(), Ids.parse(id));
        shortlist = committee.shortlist(currentUser.actor(), campaign.getId());
        visitByApplication.clear();
        for (SiteVisit v : visits.ofCampaign(currentUser.actor(), campaign.getId())) {
            visitByApplication.put(v.getApplicationId(), visits.get(currentUser.actor(), v.getId()));
        }
        // A campaign before its materials review has nobody to visit yet: the page says so instead of failing.
        Pages.attempt(() -> {
            for (CommitteeService.Candidate c : committee.candidates(currentUser.actor(), campaign.getId())) {
                titles.put(c.applicationId(), c.title() + " · " + c.enterpriseName());
            }
        });
    }

    public void plan() {
        try {
            SiteVisit v = visits.plan(currentUser.actor(), campaign.getId(), planApplicationId, planDate, teamSize, seed);
            Pages.info("visit.planned", v.getDrawSeed());
            seed = null;
            load();
        } catch (BusinessException e) {
            Pages.error(e);
        } catch (cn.tianjin.quality.platform.NotFoundException e) {
            Pages.error("visit.choose");
        }
    }

    public Campaign getCampaign() { return campaign; }
    public List<ShortlistEntry> getShortlist() { return shortlist; }
    public Map<Long, SiteVisitService.View> getVisits() { return visitByApplication; }
    public Map<Long, String> getTitles() { return titles; }
    public Long getPlanApplicationId() { return planApplicationId; }
    public void setPlanApplicationId(Long planApplicationId) { this.planApplicationId = planApplicationId; }
    public LocalDate getPlanDate() { return planDate; }
    public void setPlanDate(LocalDate planDate) { this.planDate = planDate; }
    public int getTeamSize() { return teamSize; }
    public void setTeamSize(int teamSize) { this.teamSize = teamSize; }
    public Long getSeed() { return seed; }
    public void setSeed(Long seed) { this.seed = seed; }
    public String getId() { return id; }
    public void setId(String id) { this.id = id; }
}
