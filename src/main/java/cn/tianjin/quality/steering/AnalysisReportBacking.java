package cn.tianjin.quality.steering;

import cn.tianjin.quality.platform.security.CurrentUser;
import cn.tianjin.quality.platform.web.Pages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * One year's quality analysis report (/official/analysis-report?id=): its sections to write and arrange while it is a
 * draft (one form for all of them, saved together), the draft read as PDF with today's figures, publishing, and
 * withdrawing a published report to correct it.
 */
@Named
@ViewScoped
public class AnalysisReportBacking implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    AnalysisReports reports;

    @Inject
    CurrentUser currentUser;

    private Long id;
    private AnalysisReports.Detail detail;
    /** What each section's form holds, in the order of the sections, kept across a refused save. */
    private List<SectionFields> fields;
    private SectionFields added;
    private String reason;

    /** A section form's fields. */
    public static class SectionFields implements Serializable {
        private static final long serialVersionUID = 1L;
        private Long sectionId;
        private AnalysisSection.Placement placement = AnalysisSection.Placement.AFTER;
        private String heading;
        private String body;

        static SectionFields of(AnalysisSection s) {
            SectionFields f = new SectionFields();
            f.sectionId = s.getId();
            f.placement = s.getPlacement();
            f.heading = s.getHeading();
            f.body = s.getBody();
            return f;
        }

        AnalysisReports.SectionForm form() {
            return new AnalysisReports.SectionForm(placement, heading, body);
        }

        public Long getSectionId() { return sectionId; }
        public AnalysisSection.Placement getPlacement() { return placement; }
        public void setPlacement(AnalysisSection.Placement placement) { this.placement = placement; }
        public String getHeading() { return heading; }
        public void setHeading(String heading) { this.heading = heading; }
        public String getBody() { return body; }
        public void setBody(String body) { this.body = body; }
    }

    public void load() {
        detail = reports.detail(currentUser.actor(), id);
        if (fields == null) {
            fields = new ArrayList<>(detail.sections().stream().map(SectionFields::of).toList());
        }
        if (added == null) {
            added = new SectionFields();
        }
    }

    private void reset() {
        fields = null;
        added = null;
        reason = null;
    }

    /** Saves every section's fields at once. */
    public void saveAll() {
        java.util.Map<Long, AnalysisReports.SectionForm> forms = forms(null);
        if (Pages.attempt(() -> {
            reports.saveSections(currentUser.actor(), id, detail.report().getVersion(), forms);
            Pages.info("analysis.sections.saved");
        })) {
            reset();
        }
        load();
    }

    public void add() {
        if (Pages.attempt(() -> {
            reports.addSection(currentUser.actor(), id, detail.report().getVersion(), added.form());
            Pages.info("analysis.section.added", added.getHeading().strip());
        })) {
            reset();
        }
        load();
    }

    /** Removes a section, keeping what was typed in the others (they are saved first). */
    public void remove(SectionFields f) {
        java.util.Map<Long, AnalysisReports.SectionForm> forms = forms(f.getSectionId());
        if (Pages.attempt(() -> {
            reports.saveSections(currentUser.actor(), id, detail.report().getVersion(), forms);
            int version = reports.detail(currentUser.actor(), id).report().getVersion();
            reports.removeSection(currentUser.actor(), id, version, f.getSectionId());
            Pages.info("analysis.section.removed", f.getHeading());
        })) {
            reset();
        }
        load();
    }

    /** Publishes the report with what the sections' fields hold now: they are saved first. */
    public void publish() {
        java.util.Map<Long, AnalysisReports.SectionForm> forms = forms(null);
        if (Pages.attempt(() -> {
            reports.saveSections(currentUser.actor(), id, detail.report().getVersion(), forms);
            reports.publish(currentUser.actor(), id, reports.detail(currentUser.actor(), id).report().getVersion());
            Pages.info("analysis.published", String.valueOf(detail.report().getYear()));
        })) {
            reset();
        }
        load();
    }

    public void withdraw() {
        if (Pages.attempt(() -> {
            reports.withdraw(currentUser.actor(), id, detail.report().getVersion(), reason);
            Pages.info("analysis.withdrawn", String.valueOf(detail.report().getYear()));
        })) {
            reset();
        }
        load();
    }

    /** What each section's fields hold, by section, leaving out the one of {@code except} (null: none). */
    private java.util.Map<Long, AnalysisReports.SectionForm> forms(Long except) {
        java.util.Map<Long, AnalysisReports.SectionForm> forms = new java.util.HashMap<>();
        fields.stream().filter(f -> !f.getSectionId().equals(except))
                .forEach(f -> forms.put(f.getSectionId(), f.form()));
        return forms;
    }

    public String pdfLink() {
        return AnalysisPdfServlet.PATH + "?year=" + detail.report().getYear();
    }

    public List<AnalysisSection.Placement> getPlacements() {
        return List.of(AnalysisSection.Placement.values());
    }

    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public AnalysisReports.Detail getDetail() { return detail; }
    public List<SectionFields> getFields() { return fields; }
    public SectionFields getAdded() { return added; }
    public String getReason() { return reason; }
    public void setReason(String reason) { this.reason = reason; }
}
