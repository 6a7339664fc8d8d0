package cn.tianjin.quality.programme;

import cn.tianjin.quality.publication.Title;
import cn.tianjin.quality.publication.TitleService;

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

/**
 * The applicant's honours desk (/enterprise/award): the campaigns of every programme open now, the enterprise's own
 * applications, and the titles it holds with their certificates.
 */
@Named
@RequestScoped
public class HonoursBacking {
    @Inject
    CampaignService campaigns;

    @Inject
    ApplicationService applications;

    @Inject
    TitleService titleService;

    @Inject
    Programmes programmes;

    @Inject
    CurrentUser currentUser;

    private List<Title> titles;

    private List<Campaign> open;
    private List<Application> mine;
    private final Map<Long, String> campaignNames = new HashMap<>();

    public List<Campaign> getOpen() {
        if (open == null) {
            open = campaigns.open();
        }
        return open;
    }

    public List<Application> getMine() {
        if (mine == null) {
            mine = applications.mine(currentUser.actor());
            mine.forEach(a -> campaignNames.computeIfAbsent(a.getCampaignId(), id -> campaigns.find(id).getName()));
        }
        return mine;
    }

    /** The enterprise's published titles, with their certificates. */
    public List<Title> getTitles() {
        if (titles == null) {
            Long enterprise = currentUser.actor().enterpriseId();
            titles = enterprise == null ? List.of() : titleService.ofEnterprise(currentUser.actor(), enterprise);
        }
        return titles;
    }

    /** Whether the enterprise may still start an application to the campaign (several only where its programme takes several). */
    public boolean mayApply(Campaign c) {
        return programmes.get(c.getProgramme()).severalPerApplicant()
                || getMine().stream().noneMatch(a -> a.getCampaignId().equals(c.getId()));
    }

    public Map<Long, String> getCampaignNames() {
        getMine();
        return campaignNames;
    }

    public void apply(Long campaignId) throws IOException {
        Pages.attempt(() -> {
            Application a = applications.start(currentUser.actor(), campaignId);
            FacesContext.getCurrentInstance().getExternalContext().redirect("/enterprise/application?id=" + a.getId());
        });
    }
}
