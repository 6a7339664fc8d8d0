package cn.tianjin.quality.cqo;

import cn.tianjin.quality.platform.PortalClock;
import cn.tianjin.quality.platform.security.Actor;
import cn.tianjin.quality.platform.tables.ListExport;
import cn.tianjin.quality.platform.web.Messages;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;

/**
 * One year's CQO work reports as the bureau lists them (/official/cqo-reports?year=): every enterprise that must
 * report, the missing first, with the report's text when submitted. The officer's name leaves masked, as on screen.
 */
@ApplicationScoped
public class CqoReportExport extends ListExport {
    @Inject
    ReportService reports;

    @Inject
    PortalClock clock;

    public CqoReportExport() {
        super("cqo-reports", "cqo.reports.title", "enterprise.name", "enterprise.creditCode", "cqo.label.registryNumber",
                "cqo.label.officer", "cqo.label.status", "export.cqoReport.submittedAt", "cqo.reports.reminded",
                "cqo.report.goalsResults", "cqo.report.improvementProjects", "cqo.report.complaints", "cqo.report.training",
                "cqo.report.vetoCountLabel", "cqo.report.vetoUse");
    }

    @Override
    public Rows rows(Actor actor, Map<String, String> filters, Locale locale) {
        int now = ReportSchedule.reportYearOn(clock.today());
        Long asked = number(filters, "year");
        if (asked != null && (asked < 2000 || asked > now)) {
            throw bad(filters, "year");
        }
        ReportService.Overview o = reports.overview(actor, asked == null ? now : asked.intValue());
        return out -> o.lines().forEach(l -> {
            WorkReport r = l.submitted() ? l.report() : null;
            String state = l.submitted() ? Messages.get(locale, "cqo.report.status.SUBMITTED")
                    : Messages.get(locale, l.report() == null ? "cqo.report.notStarted" : "cqo.report.status.DRAFT")
                    + (o.pastDeadline() ? " · " + Messages.get(locale, "cqo.reports.late") : "");
            out.accept(Arrays.asList(l.enterpriseName(), l.creditCode(), l.registryNumber(), l.maskedName(), state,
                    r == null ? null : r.getSubmittedAt(),
                    l.reminderLevel() == 0 ? null : Messages.get(locale, "cqo.reminder." + l.reminderLevel()),
                    r == null ? null : r.getGoalsResults(), r == null ? null : r.getImprovementProjects(),
                    r == null ? null : r.getComplaints(), r == null ? null : r.getTraining(),
                    r == null ? null : r.getVetoCount(), r == null ? null : r.getVetoUse()));
        });
    }
}
