package cn.tianjin.quality.award;

import cn.tianjin.quality.platform.security.Actor;
import cn.tianjin.quality.platform.security.Role;
import cn.tianjin.quality.platform.work.WorkItem;
import cn.tianjin.quality.platform.work.WorkQueue;
import cn.tianjin.quality.programme.Campaign;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** What the award committee asks of a member: the entries on each open ballot not voted on yet. */
@ApplicationScoped
public class CommitteeWork implements WorkQueue {
    @Inject
    CommitteeService committee;

    @Override
    public List<WorkItem> waitingFor(Actor actor, LocalDate today) {
        if (!actor.is(Role.EXPERT)) {
            return List.of();
        }
        List<WorkItem> items = new ArrayList<>();
        for (Campaign c : committee.voting(actor)) {
            long open = committee.ballot(actor, c.getId()).stream().filter(l -> !l.voted()).count();
            items.add(WorkItem.of("work.ballot", open, "/expert/committee", null, c.getName()));
        }
        return items;
    }
}
