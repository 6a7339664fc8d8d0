package cn.tianjin.quality.credit;

import cn.tianjin.quality.platform.BusinessException;
import cn.tianjin.quality.platform.FieldProblem;
import cn.tianjin.quality.platform.PortalClock;
import cn.tianjin.quality.platform.security.CurrentUser;
import cn.tianjin.quality.platform.tables.Columns;
import cn.tianjin.quality.platform.tables.ExportList;
import cn.tianjin.quality.platform.tables.RowError;
import cn.tianjin.quality.platform.web.PagedModel;
import cn.tianjin.quality.platform.web.Pages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.file.UploadedFile;

/**
 * The officials' spot-check results (/official/spot-checks?view=): the rectification rate by year, the lists by where
 * rectification stands (overdue ones among them), a result typed in, and the inspection system's export imported.
 */
@Named
@ViewScoped
public class SpotChecksBacking implements Serializable {
    private static final long serialVersionUID = 1L;
    /** How many years the figures go back, this one included. */
    private static final int FIGURE_YEARS = 5;

    @Inject
    PortalClock clock;

    @Inject
    SpotCheckService spotChecks;

    @Inject
    CurrentUser currentUser;

    private String text;
    private SpotCheckService.View view = SpotCheckService.View.ALL;
    private Integer year;
    private SpotCheckForm form = new SpotCheckForm();
    private transient UploadedFile file;
    private SpotCheckService.ImportReport report;
    private List<SpotCheckRules.YearFigures> figures;

    private final LazyDataModel<SpotCheck> model = new PagedModel<>(
            () -> spotChecks.count(currentUser.actor(), filter()),
            (first, size, sort, asc) -> spotChecks.search(currentUser.actor(), filter(), first, size),
            SpotCheck::getId);

    public void load() {
        figures = spotChecks.figures(currentUser.actor(), clock.today().getYear() - FIGURE_YEARS + 1);
    }

    private SpotCheckService.Filter filter() {
        return new SpotCheckService.Filter(text, view, year);
    }

    /** Records the result typed in; every problem is shown beside its field and nothing is stored. */
    public void record() {
        List<FieldProblem> problems = SpotCheckRules.problems(form, clock.today());
        problems.forEach(p -> Pages.error(BusinessException.onField(p.field(), p.messageKey(), p.args())));
        if (!problems.isEmpty()) {
            return;
        }
        Pages.attempt(() -> {
            SpotCheck s = spotChecks.record(currentUser.actor(), form);
            Pages.info(s.isPassed() ? "spotCheck.recorded.passed" : "spotCheck.recorded.failed", s.getEnterpriseName(),
                    s.getProduct());
            Pages.reload("/official/spot-checks");
        });
    }

    public void importTable() {
        report = null;
        if (file == null || file.getSize() == 0) {
            Pages.error("upload.empty");
            return;
        }
        Pages.attempt(() -> {
            report = spotChecks.importTable(currentUser.actor(), file.getFileName(), file.getContent());
            if (report.ok()) {
                Pages.info("spotCheck.import.done", report.stored(), report.failures());
                load();
            } else {
                Pages.error("spotCheck.import.refused", report.errors().size());
            }
        });
    }

    /** A row's problem in the reader's language. */
    public String describe(RowError e) {
        return Pages.text(e.messageKey(), (Object[]) e.args());
    }

    /** The columns of the export, as the page explains them (* marks an optional one). */
    public String getColumns() {
        return String.join(Pages.text("common.listSeparator"), Columns.describe(SpotCheckTables.Column.class));
    }

    public boolean isOverdue(SpotCheck s) {
        return s.overdueOn(clock.today());
    }

    /** The years a list can be narrowed to: those of the figures. */
    public List<Integer> getYears() {
        return figures.stream().map(SpotCheckRules.YearFigures::year).toList();
    }

    public SpotCheckService.View[] getViews() {
        return SpotCheckService.View.values();
    }

    public LazyDataModel<SpotCheck> getModel() { return model; }
    /** The export's query: the filters on screen. */
    public String getExportQuery() {
        return ExportList.query("text", text, "view", view == SpotCheckService.View.ALL ? null : view,
                "year", year);
    }

    public String getText() { return text; }
    public void setText(String text) { this.text = text; }
    public SpotCheckService.View getView() { return view; }
    public void setView(SpotCheckService.View view) { this.view = view == null ? SpotCheckService.View.ALL : view; }
    public Integer getYear() { return year; }
    public void setYear(Integer year) { this.year = year; }
    public SpotCheckForm getForm() { return form; }
    public UploadedFile getFile() { return file; }
    public void setFile(UploadedFile file) { this.file = file; }
    public SpotCheckService.ImportReport getReport() { return report; }
    public List<SpotCheckRules.YearFigures> getFigures() { return figures; }
    public int getMaxRows() { return SpotCheckTables.MAX_ROWS; }
}
