package cn.tianjin.quality.review;

import cn.tianjin.quality.platform.BusinessException;
import cn.tianjin.quality.platform.security.CurrentUser;
import cn.tianjin.quality.platform.web.Ids;
import cn.tianjin.quality.platform.web.Pages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;

/**
 * Viewing and editing one rubric version (/official/rubric?id=). Problems (points that do not add up, duplicate
 * codes) are all listed before anything is stored; saving a frozen version makes the next version.
 */
@Named
@ViewScoped
public class RubricEditBacking implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    RubricService rubrics;

    @Inject
    CurrentUser currentUser;

    private String id;
    private RubricVersion version;
    private RubricDraft draft;
    private List<RubricVersion> history;
    private List<String> problems = List.of();

    public void load() {
        version = rubrics.get(currentUser.actor(), Ids.parse(id));
        draft = RubricDraft.of(version.definition());
        history = rubrics.versionsOf(currentUser.actor(), version.getRubric().getId());
    }

    public void save() throws IOException {
        RubricDefinition def = draft.toDefinition();
        problems = rubrics.check(def).stream().map(p -> Pages.text(p.messageKey(), p.args())).toList();
        if (!problems.isEmpty()) {
            Pages.error("rubric.hasProblems", problems.size());
            return;
        }
        Pages.attempt(() -> {
            RubricVersion saved = rubrics.save(currentUser.actor(), version.getId(), version.getVersion(), def);
            Pages.info(saved.getId().equals(version.getId()) ? "rubric.saved" : "rubric.newVersion", saved.getVersionNo());
            Pages.keepMessages();
            jakarta.faces.context.FacesContext.getCurrentInstance().getExternalContext()
                    .redirect("/official/rubric?id=" + saved.getId());
        });
    }

    public void freeze() {
        version = rubrics.freeze(currentUser.actor(), version.getId());
        Pages.info("rubric.frozen", version.getVersionNo());
    }

    public void addCategory() {
        draft.addCategory();
    }

    public ScoreBand[] getBands() { return ScoreBand.values(); }
    public ItemKind[] getKinds() { return ItemKind.values(); }
    public String getId() { return id; }
    public void setId(String id) { this.id = id; }
    public RubricVersion getVersion() { return version; }
    public RubricDraft getDraft() { return draft; }
    public List<RubricVersion> getHistory() { return history; }
    public List<String> getProblems() { return problems; }
}
