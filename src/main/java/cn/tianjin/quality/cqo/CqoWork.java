package cn.tianjin.quality.cqo;

import cn.tianjin.quality.platform.security.Actor;
import cn.tianjin.quality.platform.security.Role;
import cn.tianjin.quality.platform.work.WorkItem;
import cn.tianjin.quality.platform.work.WorkQueue;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;

/**
 * What the CQO registry asks of each role: officials the filings awaiting their check and the yearly work reports not
 * submitted (late after the deadline); an enterprise its own report while it is due.
 */
@ApplicationScoped
public class CqoWork implements WorkQueue {
    @Inject
    CqoService cqo;

    @Inject
    ReportService reports;

    @Override
    public List<WorkItem> waitingForBureau(LocalDate today) {
        int year = ReportSchedule.reportYearOn(today);
        return List.of(WorkItem.of("work.cqo.filings", cqo.counts(Actor.system()).get(FilingStatus.FILED),
                        "/official/cqo?status=" + FilingStatus.FILED.name(), null),
                WorkItem.of("work.cqo.reports", reports.missing(year), "/official/cqo-reports?year=" + year,
                        reports.schedule().deadline(year), year));
    }

    @Override
    public List<WorkItem> waitingFor(Actor actor, LocalDate today) {
        int year = ReportSchedule.reportYearOn(today);
        LocalDate deadline = reports.schedule().deadline(year);
        if (actor.is(Role.APPLICANT) && actor.enterpriseId() != null && reports.stillDue(actor.enterpriseId(), year)) {
            return List.of(WorkItem.of("work.cqo.myReport", 1, "/enterprise/cqo-report?year=" + year, deadline, year));
        }
        return List.of();
    }
}
