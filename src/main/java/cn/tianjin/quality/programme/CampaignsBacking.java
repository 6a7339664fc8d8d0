package cn.tianjin.quality.programme;

import cn.tianjin.quality.platform.PortalClock;
import cn.tianjin.quality.platform.security.CurrentUser;
import cn.tianjin.quality.platform.security.Organisations;
import cn.tianjin.quality.platform.web.Messages;
import cn.tianjin.quality.platform.web.Pages;
import cn.tianjin.quality.review.RubricService;
import cn.tianjin.quality.review.RubricVersion;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * Campaigns of every programme (/official/campaigns): the list, and a form for a new campaign of a programme, its
 * rubric starting at the programme's own; the programme's own settings follow on the campaign's page.
 */
@Named
@ViewScoped
public class CampaignsBacking implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    PortalClock clock;

    @Inject
    CampaignService campaigns;

    @Inject
    Programmes programmes;

    @Inject
    RubricService rubrics;

    @Inject
    CurrentUser currentUser;

    @Inject
    Organisations organisations;

    private List<Campaign> list;
    private List<RubricVersion> rubricChoices;
    private Campaign form;
    private String programme;
    private Long rubricVersionId;
    private Long organisationId;

    @PostConstruct
    void load() {
        list = campaigns.list(currentUser.actor());
        rubricChoices = rubrics.latestVersions(currentUser.actor());
        form = new Campaign();
        int year = clock.today().getYear();
        form.setYear(year);
        form.setApplicationsOpen(clock.today());
        form.setApplicationsClose(clock.today().plusMonths(2));
        form.setRecommendationDeadline(clock.today().plusMonths(3));
        choose(programmes.getAll().get(0).code());
    }

    /** A programme chosen on the form: its rubric and a name for the campaign, if none was typed. */
    public void choose(String code) {
        Programme p = programmes.get(code);
        String before = programme == null ? null : defaultName(programme);
        programme = p.code();
        rubricVersionId = rubrics.latest(p.defaultRubric()).map(RubricVersion::getId).orElse(rubricVersionId);
        if (form.getName() == null || form.getName().equals(before)) {
            form.setName(defaultName(programme));
        }
    }

    public void programmeChanged() {
        choose(programme);
    }

    private String defaultName(String code) {
        return Messages.get(Messages.CHINESE, "campaign.defaultName", form.getYear(), new Messages.Key("programme." + code));
    }

    public void create() {
        Pages.attempt(() -> {
            Campaign c = campaigns.create(currentUser.actor(), programme, form, rubricVersionId,
                    isRunByOrganisation() ? organisationId : null);
            Pages.info("campaign.created", c.getName());
            Pages.keepMessages();
            FacesContext.getCurrentInstance().getExternalContext().redirect("/official/campaign?id=" + c.getId());
        });
    }

    /** Whether the chosen programme's campaigns are run by an organisation the form names. */
    public boolean isRunByOrganisation() {
        return programmes.get(programme).runByOrganisation();
    }

    /** The organisations that may run a campaign now, as choices. */
    public List<java.util.Map.Entry<Long, String>> getOrganisations() {
        return List.copyOf(organisations.active().entrySet());
    }

    public List<Campaign> getList() { return list; }
    public Long getOrganisationId() { return organisationId; }
    public void setOrganisationId(Long organisationId) { this.organisationId = organisationId; }
    public List<RubricVersion> getRubricChoices() { return rubricChoices; }
    public Campaign getForm() { return form; }
    public String getProgramme() { return programme; }
    public void setProgramme(String programme) { this.programme = programme; }
    public Long getRubricVersionId() { return rubricVersionId; }
    public void setRubricVersionId(Long rubricVersionId) { this.rubricVersionId = rubricVersionId; }
}
