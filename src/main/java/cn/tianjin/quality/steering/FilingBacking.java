package cn.tianjin.quality.steering;

import cn.tianjin.quality.platform.security.CurrentUser;
import cn.tianjin.quality.platform.web.Pages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;

/**
 * A filer's page of one period of a periodic report (/account/periodic-report?id=&period=): the figures asked for,
 * those filed so far, and the button that files or corrects them. Staff may read it.
 */
@Named
@ViewScoped
public class FilingBacking implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    PeriodicReports reports;

    @Inject
    CurrentUser currentUser;

    @Inject
    cn.tianjin.quality.platform.PortalClock clock;

    private Long id;
    private String period;
    private PeriodicReports.FilingView view;
    private final Map<Long, BigDecimal> figures = new HashMap<>();
    private String note;

    public void load() {
        view = reports.filing(currentUser.actor(), id, period);
        figures.clear();
        figures.putAll(view.figures());
        note = view.filing() == null ? null : view.filing().getNote();
    }

    public void file() {
        boolean first = view.filing() == null;
        Pages.attempt(() -> {
            reports.file(currentUser.actor(), id, period, figures, note);
            Pages.info(first ? "report.filed.done" : "report.corrected.done", name(), view.period().key());
            view = reports.filing(currentUser.actor(), id, period);
        });
    }

    public String name() {
        return view.report().name(Pages.locale());
    }

    public String label(ReportField f) {
        return f.label(Pages.locale());
    }

    /** Whether the caller may file or correct this period now. */
    public boolean isFileable() {
        return view.fileable(clock.today());
    }

    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public String getPeriod() { return period; }
    public void setPeriod(String period) { this.period = period; }
    public PeriodicReports.FilingView getView() { return view; }
    public Map<Long, BigDecimal> getFigures() { return figures; }
    public String getNote() { return note; }
    public void setNote(String note) { this.note = note; }
}
