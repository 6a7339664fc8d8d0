package cn.tianjin.quality.brand;

import cn.tianjin.quality.platform.security.Actor;
import cn.tianjin.quality.platform.security.Role;
import cn.tianjin.quality.platform.work.WorkItem;
import cn.tianjin.quality.platform.work.WorkQueue;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** What a recognised brand's holder owes: each yearly report not filed, by its due day. */
@ApplicationScoped
public class BrandReportWork implements WorkQueue {
    @Inject
    BrandReports reports;

    @Override
    public List<WorkItem> waitingFor(Actor actor, LocalDate today) {
        if (!actor.is(Role.APPLICANT) || actor.enterpriseId() == null) {
            return List.of();
        }
        List<WorkItem> out = new ArrayList<>();
        for (BrandReports.Owed o : reports.owed(actor, actor.enterpriseId())) {
            if (o.filed() == null) {
                out.add(WorkItem.of("work.brandReport.due", 1, BrandReports.PAGE + "?title=" + o.title().getId() + "&year=" + o.year(),
                        o.due(), o.title().getSubjectName(), String.valueOf(o.year())));
            }
        }
        return out;
    }

    @Override
    public List<WorkItem> waitingForBureau(LocalDate today) {
        return List.of();
    }
}
