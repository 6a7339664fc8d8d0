package cn.tianjin.quality.cqo;

import cn.tianjin.quality.platform.BusinessException;
import cn.tianjin.quality.platform.PortalClock;
import cn.tianjin.quality.platform.security.CurrentUser;
import cn.tianjin.quality.platform.web.Language;
import cn.tianjin.quality.platform.web.Pages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/**
 * The enterprise's yearly CQO work report (/enterprise/cqo-report?year=, the year before by default): the form while
 * it is a draft, saved as often as wanted and submitted once; read-only after.
 */
@Named
@ViewScoped
public class EnterpriseReportBacking implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    ReportService reports;

    @Inject
    CurrentUser currentUser;

    @Inject
    PortalClock clock;

    @Inject
    Language language;

    private String year;
    private int shownYear;
    private ReportService.View view;
    private ReportForm form;
    private String refusalKey;

    public void load() {
        shownYear = ReportSchedule.reportYearOn(clock.today());
        try {
            if (year != null && !year.isBlank()) {
                shownYear = Integer.parseInt(year.strip());
            }
        } catch (NumberFormatException e) {
            // an unreadable year reads as the year whose report is asked for now
        }
        try {
            view = reports.view(currentUser.actor(), shownYear);
            form = view.report() == null ? new ReportForm() : view.report().toForm();
        } catch (BusinessException e) {
            // put in words when the page is drawn, in the page's language (not yet known while the view is set up)
            refusalKey = e.messageKey();
        }
    }

    public void save() {
        if (checked(false)) {
            Pages.attempt(() -> {
                reports.save(currentUser.actor(), shownYear, version(), form);
                Pages.info("cqo.report.saved");
                Pages.reload("/enterprise/cqo-report?year=" + shownYear);
            });
        }
    }

    public void submit() {
        if (checked(true)) {
            Pages.attempt(() -> {
                reports.submit(currentUser.actor(), shownYear, version(), form);
                Pages.info("cqo.report.submittedNow", shownYear);
                Pages.reload("/enterprise/cqo-report?year=" + shownYear);
            });
        }
    }

    private Integer version() {
        return view.report() == null ? null : view.report().getVersion();
    }

    private boolean checked(boolean complete) {
        var problems = form.problems(complete);
        problems.forEach(p -> Pages.error(BusinessException.onField(p.field(), p.messageKey(), p.args())));
        return problems.isEmpty();
    }

    public String getYear() { return year; }
    public void setYear(String year) { this.year = year; }
    public int getShownYear() { return shownYear; }
    public ReportService.View getView() { return view; }
    public ReportForm getForm() { return form; }
    public String getRefusal() {
        // each refusal of a report's year speaks of that year and the next (cqo.report.notDue, notYet, alreadySubmitted)
        return refusalKey == null ? null : language.text(refusalKey, shownYear, shownYear + 1);
    }
}
