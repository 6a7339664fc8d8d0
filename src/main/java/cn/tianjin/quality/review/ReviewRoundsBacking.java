package cn.tianjin.quality.review;

import cn.tianjin.quality.platform.BusinessException;
import cn.tianjin.quality.platform.security.CurrentUser;
import cn.tianjin.quality.platform.web.Pages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;

/** Review rounds (/official/review-rounds): the list and a new round. */
@Named
@ViewScoped
public class ReviewRoundsBacking implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    ReviewRoundService rounds;

    @Inject
    RubricService rubrics;

    @Inject
    CurrentUser currentUser;

    private List<ReviewRound> list;
    private List<RubricVersion> rubricChoices;
    private String programme;
    private List<String> programmes;
    private String title;
    private Long rubricVersionId;
    private int panelSize = 5;

    @PostConstruct
    void load() {
        programmes = rubrics.programmes();
        if (programme == null && !programmes.isEmpty()) {
            programme = programmes.get(0);
        }
        list = rounds.rounds(currentUser.actor());
        rubricChoices = rubrics.latestVersions(currentUser.actor());
        if (!rubricChoices.isEmpty()) {
            rubricVersionId = rubricChoices.get(0).getId();
        }
    }

    public void create() throws IOException {
        Pages.attempt(() -> {
            ReviewRound r = rounds.create(currentUser.actor(), programme, title, rubricVersionId, panelSize);
            Pages.info("review.round.created", r.getTitle());
            Pages.keepMessages();
            jakarta.faces.context.FacesContext.getCurrentInstance().getExternalContext()
                    .redirect("/official/review-round?id=" + r.getId());
        });
    }

    public List<ReviewRound> getList() { return list; }
    public List<RubricVersion> getRubricChoices() { return rubricChoices; }
    public String getProgramme() { return programme; }
    public List<String> getProgrammes() { return programmes; }
    public void setProgramme(String programme) { this.programme = programme; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public Long getRubricVersionId() { return rubricVersionId; }
    public void setRubricVersionId(Long rubricVersionId) { this.rubricVersionId = rubricVersionId; }
    public int getPanelSize() { return panelSize; }
    public void setPanelSize(int panelSize) { this.panelSize = panelSize; }
}
