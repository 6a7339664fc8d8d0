package cn.tianjin.quality.cqo;

import cn.tianjin.quality.enterprise.SizeClass;
import cn.tianjin.quality.platform.security.CurrentUser;
import cn.tianjin.quality.platform.web.Pages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The qualification rules as officials edit them (/official/cqo-rules): one row per enterprise size, saved as a new
 * version with a note saying why; every earlier version listed, since filings keep the one they were checked under.
 */
@Named
@ViewScoped
public class CqoRulesBacking implements Serializable {
    private static final long serialVersionUID = 1L;

    /** One size's rule as the form edits it. */
    public static class Row implements Serializable {
        private static final long serialVersionUID = 1L;
        private final SizeClass size;
        private Education education;
        private Integer years;
        private boolean training;

        Row(SizeClass size, QualificationRules.Rule rule) {
            this.size = size;
            this.education = rule.minimumEducation();
            this.years = rule.minimumYears();
            this.training = rule.trainingRequired();
        }

        public SizeClass getSize() { return size; }
        public Education getEducation() { return education; }
        public void setEducation(Education education) { this.education = education; }
        public Integer getYears() { return years; }
        public void setYears(Integer years) { this.years = years; }
        public boolean isTraining() { return training; }
        public void setTraining(boolean training) { this.training = training; }
    }

    @Inject
    CqoService cqo;

    @Inject
    CurrentUser currentUser;

    private List<RuleSet> history;
    private final List<Row> rows = new ArrayList<>();
    private String note;

    public void load() {
        history = cqo.ruleHistory(currentUser.actor());
        QualificationRules current = history.get(0).rules();
        rows.clear();
        for (SizeClass size : SizeClass.values()) {
            rows.add(new Row(size, current.ruleFor(size)));
        }
    }

    public void save() {
        Map<SizeClass, QualificationRules.Rule> edited = new EnumMap<>(SizeClass.class);
        for (Row r : rows) {
            if (r.education == null || r.years == null || r.years < 0 || r.years > FilingCheck.YEARS_MAX) {
                Pages.error("cqo.rules.row", Pages.text("size." + r.size.name()), FilingCheck.YEARS_MAX);
                return;
            }
            edited.put(r.size, new QualificationRules.Rule(r.education, r.years, r.training));
        }
        Pages.attempt(() -> {
            RuleSet saved = cqo.editRules(currentUser.actor(), edited, note);
            Pages.info("cqo.rules.saved", saved.getVersionNo());
            Pages.reload("/official/cqo-rules");
        });
    }

    /** A version's rule for one size, in one line. */
    public String summary(RuleSet set, SizeClass size) {
        QualificationRules.Rule r = set.rules().ruleFor(size);
        return Pages.text(r.trainingRequired() ? "cqo.rules.summary.training" : "cqo.rules.summary",
                Pages.text(r.minimumEducation().messageKey()), r.minimumYears());
    }

    public List<RuleSet> getHistory() { return history; }
    public List<Row> getRows() { return rows; }
    public String getNote() { return note; }
    public void setNote(String note) { this.note = note; }
    public Education[] getEducations() { return Education.values(); }
    public SizeClass[] getSizes() { return SizeClass.values(); }
}
