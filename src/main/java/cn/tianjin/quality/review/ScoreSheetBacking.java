package cn.tianjin.quality.review;

import cn.tianjin.quality.platform.PortalClock;
import cn.tianjin.quality.platform.BusinessException;
import cn.tianjin.quality.platform.files.Attachment;
import cn.tianjin.quality.platform.files.AttachmentService;
import cn.tianjin.quality.platform.security.CurrentUser;
import cn.tianjin.quality.platform.web.Ids;
import cn.tianjin.quality.platform.web.Language;
import cn.tianjin.quality.platform.web.Pages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** An expert's score sheet (/expert/sheet?seat=): percentages with band guidance, comments, autosave, submit. */
@Named
@ViewScoped
public class ScoreSheetBacking implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    PortalClock clock;

    @Inject
    ScoreSheetService sheets;

    @Inject
    CurrentUser currentUser;

    @Inject
    Language language;

    @Inject
    AttachmentService attachments;

    @Inject
    jakarta.enterprise.inject.Instance<EntrySource> sources;

    private String seat;
    private Long sheetId;
    private int version;
    private ScoreSheet.Status status;
    private String totalText;
    private String entryTitle;
    private String enterpriseName;
    private String roundTitle;
    private final List<CategoryRows> categories = new ArrayList<>();
    /** The entry's materials: file id, name and whether the browser can show it inline. */
    private final List<String[]> materials = new ArrayList<>();
    /** The application's own text, where the programme provides it: a summary and a narrative per category code. */
    private String summary;
    private final Map<String, String> narratives = new java.util.HashMap<>();

    /** A category heading with its item rows. */
    public record CategoryRows(String code, String name, int points, List<Row> rows) implements Serializable {
    }

    /** One item as the page edits it, with the expert's comments. */
    public static class Row extends ItemRow {
        private static final long serialVersionUID = 1L;
        private String strengths;
        private String opportunities;

        Row(RubricItem item, boolean english, ScoreItem stored) {
            super(item, english, stored.getPercent());
            this.strengths = stored.getStrengths();
            this.opportunities = stored.getOpportunities();
        }

        public String getStrengths() { return strengths; }
        public void setStrengths(String strengths) { this.strengths = strengths; }
        public String getOpportunities() { return opportunities; }
        public void setOpportunities(String opportunities) { this.opportunities = opportunities; }
    }

    public void load() {
        ScoreSheetService.SheetView view = sheets.open(currentUser.actor(), Ids.parse(seat));
        show(view);
        materials.clear();
        List<Attachment> files = new ArrayList<>();
        ReviewEntry entry = view.entry();
        if (entry.getSourceId() != null && attachments.knowsOwnerType(entry.getSourceType())) {
            // The programme's own record (an award application, say) carries the documents the applicant submitted.
            files.addAll(attachments.ofOwner(currentUser.actor(), entry.getSourceType(), entry.getSourceId()));
        }
        files.addAll(attachments.ofOwner(currentUser.actor(), EntryMaterials.OWNER_TYPE, entry.getId()));
        narratives.clear();
        summary = null;
        if (entry.getSourceId() != null) {
            sources.stream().filter(src -> src.sourceType().equals(entry.getSourceType())).findFirst().ifPresent(src -> {
                EntrySource.Content content = src.content(entry.getSourceId());
                summary = content.summary();
                narratives.putAll(content.narratives());
            });
        }
        files.forEach(a -> materials.add(
                new String[] {String.valueOf(a.getId()), a.getFileName(), String.valueOf("application/pdf".equals(a.getContentType()))}));
    }

    private void show(ScoreSheetService.SheetView view) {
        sheetId = view.sheet().getId();
        version = view.sheet().getVersion();
        status = view.sheet().getStatus();
        totalText = view.sheet().getTotal() == null ? "" : view.sheet().getTotal().toPlainString();
        entryTitle = view.entry().getTitle();
        enterpriseName = view.enterpriseName();
        roundTitle = view.roundTitle();
        boolean english = language.isEnglish();
        Map<String, ScoreItem> stored = view.items().stream().collect(Collectors.toMap(ScoreItem::getItemCode, Function.identity()));
        categories.clear();
        for (RubricCategory c : view.rubric().categories()) {
            List<Row> rows = c.items().stream().map(i -> new Row(i, english, stored.get(i.code()))).toList();
            categories.add(new CategoryRows(c.code(), english ? c.nameEn() : c.nameZh(), c.points(), rows));
        }
    }

    public void save() {
        Pages.attempt(() -> {
            List<ScoreSheetService.ItemInput> inputs = new ArrayList<>();
            categories.forEach(c -> c.rows().forEach(r -> inputs.add(
                    new ScoreSheetService.ItemInput(r.getCode(), r.getPercent(), r.strengths, r.opportunities))));
            version = sheets.save(currentUser.actor(), sheetId, version, inputs).getVersion();
            Pages.info("score.sheet.saved", language.format(clock.now()));
        });
    }

    public void submit() {
        save();
        if (jakarta.faces.context.FacesContext.getCurrentInstance().isValidationFailed()) {
            return;
        }
        Pages.attempt(() -> {
            ScoreSheet s = sheets.submit(currentUser.actor(), sheetId);
            status = s.getStatus();
            version = s.getVersion();
            totalText = s.getTotal().toPlainString();
            Pages.info("score.sheet.submitted", totalText);
        });
    }

    public boolean isLocked() {
        return status != ScoreSheet.Status.DRAFT;
    }

    public List<String[]> getMaterials() { return materials; }
    public String getSummary() { return summary; }
    public Map<String, String> getNarratives() { return narratives; }

    /** The first PDF, shown in the viewer when the page opens; null when there is none. */
    public String getFirstPdf() {
        return materials.stream().filter(m -> "true".equals(m[2])).map(m -> m[0]).findFirst().orElse(null);
    }

    public String getSeat() { return seat; }
    public void setSeat(String seat) { this.seat = seat; }
    public ScoreSheet.Status getStatus() { return status; }
    public String getTotalText() { return totalText; }
    public String getEntryTitle() { return entryTitle; }
    public String getEnterpriseName() { return enterpriseName; }
    public String getRoundTitle() { return roundTitle; }
    public List<CategoryRows> getCategories() { return categories; }
}
