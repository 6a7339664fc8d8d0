package cn.tianjin.quality.review;

import cn.tianjin.quality.platform.BusinessException;
import cn.tianjin.quality.platform.security.CurrentUser;
import cn.tianjin.quality.platform.web.Ids;
import cn.tianjin.quality.platform.web.Pages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/** An official edits an entry's feedback report, category by category (/official/feedback?entry=). */
@Named
@ViewScoped
public class FeedbackBacking implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    FeedbackService feedback;

    @Inject
    CurrentUser currentUser;

    /** The editable texts of one category. */
    public static final class Texts implements Serializable {
        private static final long serialVersionUID = 1L;
        private final String code;
        private String strengths;
        private String opportunities;
        private final int version;

        Texts(FeedbackService.CategoryFeedback c) {
            this.code = c.category().code();
            this.strengths = c.strengths();
            this.opportunities = c.opportunities();
            this.version = c.version();
        }

        public String getCode() { return code; }
        public String getStrengths() { return strengths; }
        public void setStrengths(String strengths) { this.strengths = strengths; }
        public String getOpportunities() { return opportunities; }
        public void setOpportunities(String opportunities) { this.opportunities = opportunities; }
    }

    private String entry;
    private Long entryId;
    private FeedbackService.Report report;
    private final List<Texts> texts = new ArrayList<>();

    public void load() {
        entryId = Ids.parse(entry);
        Pages.attempt(() -> refresh());
    }

    private void refresh() {
        report = feedback.report(currentUser.actor(), entryId);
        texts.clear();
        report.categories().forEach(c -> texts.add(new Texts(c)));
    }

    /** Saves every category whose texts were changed, or that still shows the panel's gathered texts. */
    public void save() {
        List<FeedbackService.Edit> edits = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            Texts t = texts.get(i);
            FeedbackService.CategoryFeedback shown = report.categories().get(i);
            boolean changed = !java.util.Objects.equals(blankToNull(t.strengths), blankToNull(shown.strengths()))
                    || !java.util.Objects.equals(blankToNull(t.opportunities), blankToNull(shown.opportunities()));
            if (changed || !shown.edited()) {
                edits.add(new FeedbackService.Edit(t.code, t.strengths, t.opportunities, t.version));
            }
        }
        Pages.attempt(() -> {
            int saved = feedback.saveAll(currentUser.actor(), entryId, edits);
            refresh();
            Pages.info("feedback.saved", saved);
        });
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    public String categoryName(RubricCategory c) {
        return Pages.locale().getLanguage().equals("en") ? c.nameEn() : c.nameZh();
    }

    public FeedbackService.Report getReport() { return report; }
    public List<Texts> getTexts() { return texts; }
    public String getEntry() { return entry; }
    public void setEntry(String entry) { this.entry = entry; }
}
