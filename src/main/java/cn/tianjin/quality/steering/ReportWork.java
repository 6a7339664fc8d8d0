package cn.tianjin.quality.steering;

import cn.tianjin.quality.platform.security.Actor;
import cn.tianjin.quality.platform.work.WorkItem;
import cn.tianjin.quality.platform.work.WorkQueue;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Periodic reports on the workbench: a filer (a district office or a department) sees each period it has still to
 * file, by its due day; officials see how many filings are late over all reports.
 */
@ApplicationScoped
public class ReportWork implements WorkQueue {
    @Inject
    PeriodicReports reports;

    @Override
    public List<WorkItem> waitingFor(Actor actor, LocalDate today) {
        List<WorkItem> out = new ArrayList<>();
        for (PeriodicReports.Due d : reports.dueFor(actor)) {
            out.add(WorkItem.of("work.report.due", 1, PeriodicReports.link(d.report(), d.period()), d.due(),
                    d.report().getNameZh(), d.period().key()));
        }
        return out;
    }

    @Override
    public List<WorkItem> waitingForBureau(LocalDate today) {
        return List.of(WorkItem.overdue("work.report.late", reports.lateCount(), "/official/reports"));
    }
}
