package cn.tianjin.quality.steering;

import cn.tianjin.quality.platform.PortalClock;
import cn.tianjin.quality.platform.security.CurrentUser;
import cn.tianjin.quality.platform.web.Pages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** The yearly quality analysis reports (/official/analysis-reports): every year's, drafts and published, and the form that opens a year's draft. */
@Named
@ViewScoped
public class AnalysisReportsBacking implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    AnalysisReports reports;

    @Inject
    CurrentUser currentUser;

    @Inject
    PortalClock clock;

    private List<AnalysisReport> all;
    private Integer year;

    public void load() {
        all = reports.all(currentUser.actor());
        if (year == null) {
            // Last year's report is the one usually due; this year's when last year's exists.
            int now = clock.today().getYear();
            year = java.util.stream.IntStream.of(now - 1, now).boxed()
                    .filter(y -> all.stream().noneMatch(r -> r.getYear() == y)).findFirst().orElse(null);
        }
    }

    /** Opens the draft and goes to it. */
    public String open() {
        Long[] opened = new Long[1];
        boolean done = Pages.attempt(() -> {
            opened[0] = reports.open(currentUser.actor(), year).getId();
            Pages.info("analysis.opened", String.valueOf(year));
            Pages.keepMessages();
        });
        if (done) {
            return "/official/analysis-report?faces-redirect=true&id=" + opened[0];
        }
        load();
        return null;
    }

    public List<AnalysisReport> getAll() { return all; }
    public Integer getYear() { return year; }
    public void setYear(Integer year) { this.year = year; }
}
