package cn.tianjin.quality.brand;

import cn.tianjin.quality.platform.FieldProblem;
import cn.tianjin.quality.platform.PortalClock;
import cn.tianjin.quality.platform.security.CurrentUser;
import cn.tianjin.quality.platform.web.Ids;
import cn.tianjin.quality.platform.web.Language;
import cn.tianjin.quality.platform.web.Pages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A recognised brand's yearly reports for its holder (/enterprise/brand-report): what the enterprise's recognitions owe
 * and by when, and with {@code title} and {@code year} the form of one report (the indicator grid for that year), every
 * problem beside its figure, nothing stored until all is right.
 */
@Named
@ViewScoped
public class BrandReportBacking implements Serializable {
    private static final long serialVersionUID = 1L;
    static final String FORM = "report";

    @Inject
    BrandReports reports;

    @Inject
    CurrentUser currentUser;

    @Inject
    Language language;

    @Inject
    PortalClock clock;

    private String title;
    private String year;
    private List<BrandReports.Owed> owed;
    private BrandReports.Part part;
    private List<IndicatorGrid.Row> rows;

    public void load() {
        owed = reports.owed(currentUser.actor(), currentUser.actor().enterpriseId());
        if (title != null && !title.isBlank()) {
            Long titleId = Ids.parse(title);
            int y = Ids.parse(year).intValue();
            part = reports.part(currentUser.actor(), titleId, y);
            fill();
        }
    }

    private void fill() {
        Map<String, Map<Integer, BigDecimal>> figures = new LinkedHashMap<>();
        part.figures().forEach((code, figure) -> figures.put(code, Map.of(part.owed().year(), figure)));
        rows = IndicatorGrid.rows(part.indicators(), getYears(), figures, language.getLocale());
    }

    public void file() {
        Map<String, String> entered = new LinkedHashMap<>();
        IndicatorGrid.entered(rows).forEach((code, byYear) -> entered.put(code, byYear.get(part.owed().year())));
        Long titleId = part.owed().title().getId();
        int y = part.owed().year();
        List<FieldProblem> problems = reports.problems(currentUser.actor(), titleId, y, entered, !language.isEnglish());
        if (IndicatorGrid.showProblems(FORM, rows, getYears(), problems)) {
            return;
        }
        Pages.attempt(() -> {
            reports.file(currentUser.actor(), titleId, y, entered, !language.isEnglish());
            Pages.info("brand.report.filed", String.valueOf(y));
            Pages.reload(BrandReports.PAGE + "?title=" + titleId + "&year=" + y);
        });
    }

    /** The one year of the report's grid. */
    public List<Integer> getYears() {
        return List.of(part.owed().year());
    }

    public boolean isLate(BrandReports.Owed o) {
        return o.isLate(clock.today());
    }

    public List<BrandReports.Owed> getOwed() { return owed; }
    public BrandReports.Part getPart() { return part; }
    public List<IndicatorGrid.Row> getRows() { return rows; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public String getYear() { return year; }
    public void setYear(String year) { this.year = year; }
}
