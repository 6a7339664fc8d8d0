package cn.tianjin.quality.award;

import cn.tianjin.quality.platform.BusinessException;
import cn.tianjin.quality.platform.PortalClock;
import cn.tianjin.quality.platform.security.CurrentUser;
import cn.tianjin.quality.platform.web.Pages;
import cn.tianjin.quality.review.RubricService;
import cn.tianjin.quality.review.RubricVersion;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;

/** Award campaigns (/official/campaigns): the list and a form for a new campaign. */
@Named
@ViewScoped
public class CampaignsBacking implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    PortalClock clock;

    @Inject
    CampaignService campaigns;

    @Inject
    RubricService rubrics;

    @Inject
    CurrentUser currentUser;

    private List<AwardCampaign> list;
    private List<RubricVersion> rubricChoices;
    private AwardCampaign form;
    private Long rubricVersionId;

    @PostConstruct
    void load() {
        list = campaigns.list(currentUser.actor());
        rubricChoices = rubrics.latestVersions(currentUser.actor());
        rubricVersionId = rubrics.latest("gbt19580-2012").map(RubricVersion::getId).orElse(null);
        form = new AwardCampaign();
        int year = clock.today().getYear();
        form.setYear(year);
        form.setName(year + "年度天津质量奖");
        form.setApplicationsOpen(clock.today());
        form.setApplicationsClose(clock.today().plusMonths(2));
        form.setRecommendationDeadline(clock.today().plusMonths(3));
    }

    public void create() throws IOException {
        Pages.attempt(() -> {
            AwardCampaign c = campaigns.create(currentUser.actor(), form, rubricVersionId);
            Pages.info("campaign.created", c.getName());
            Pages.keepMessages();
            FacesContext.getCurrentInstance().getExternalContext().redirect("/official/campaign?id=" + c.getId());
        });
    }

    public List<AwardCampaign> getList() { return list; }
    public List<RubricVersion> getRubricChoices() { return rubricChoices; }
    public AwardCampaign getForm() { return form; }
    public Long getRubricVersionId() { return rubricVersionId; }
    public void setRubricVersionId(Long rubricVersionId) { this.rubricVersionId = rubricVersionId; }
}
