package cn.tianjin.quality.cqo;

import cn.tianjin.quality.platform.PortalClock;
import cn.tianjin.quality.platform.security.CurrentUser;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.List;

/** The bureau's view of one year's CQO reports (/official/cqo-reports?year=): the missing first, then the submitted. */
@Named
@RequestScoped
public class ReportsOverviewBacking {
    @Inject
    ReportService reports;

    @Inject
    CurrentUser currentUser;

    @Inject
    PortalClock clock;

    private String year;
    private ReportService.Overview overview;

    public void load() {
        int shown = ReportSchedule.reportYearOn(clock.today());
        try {
            if (year != null && !year.isBlank()) {
                shown = Math.max(2000, Math.min(shown, Integer.parseInt(year.strip())));
            }
        } catch (NumberFormatException e) {
            // an unreadable year reads as the year whose report is asked for now
        }
        overview = reports.overview(currentUser.actor(), shown);
    }

    /** The years to choose from: the one asked for now and the four before. */
    public List<Integer> getYears() {
        List<Integer> out = new ArrayList<>();
        int now = ReportSchedule.reportYearOn(clock.today());
        for (int y = now; y > now - 5; y--) {
            out.add(y);
        }
        return out;
    }

    public String getYear() { return year; }
    public void setYear(String year) { this.year = year; }
    public ReportService.Overview getOverview() { return overview; }
}
