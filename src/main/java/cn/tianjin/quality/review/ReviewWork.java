package cn.tianjin.quality.review;

import cn.tianjin.quality.platform.security.Actor;
import cn.tianjin.quality.platform.security.Role;
import cn.tianjin.quality.platform.work.WorkItem;
import cn.tianjin.quality.platform.work.WorkQueue;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * What review asks of each role: experts the score sheets still to submit in each round (due by its deadline) and the
 * rounds discussing their entries; officials the rounds past their deadline with sheets still missing.
 */
@ApplicationScoped
public class ReviewWork implements WorkQueue {
    private static final String MISSING = " AND a.withdrawnAt IS NULL AND NOT EXISTS (SELECT s FROM ScoreSheet s"
            + " WHERE s.assignmentId = a.id AND s.status = :submitted)";

    @PersistenceContext
    EntityManager em;

    @Override
    @Transactional
    public List<WorkItem> waitingFor(Actor actor, LocalDate today) {
        if (actor.is(Role.EXPERT)) {
            List<WorkItem> items = new ArrayList<>(sheetsDue(actor));
            items.addAll(discussions(actor));
            return items;
        }
        return List.of();
    }

    @Override
    @Transactional
    public List<WorkItem> waitingForBureau(LocalDate today) {
        return roundsPastDeadline(today);
    }

    private List<WorkItem> sheetsDue(Actor actor) {
        List<WorkItem> items = new ArrayList<>();
        for (Object[] r : em.createQuery("SELECT r, COUNT(a), MIN(a.id) FROM ReviewAssignment a, ReviewRound r"
                        + " WHERE r.id = a.roundId AND a.expertUserId = :u AND r.stage = :scoring AND r.lockedAt IS NULL" + MISSING
                        + " GROUP BY r ORDER BY r.id", Object[].class)
                .setParameter("u", actor.userId()).setParameter("scoring", ReviewRound.Stage.ASSIGNED)
                .setParameter("submitted", ScoreSheet.Status.SUBMITTED).getResultList()) {
            ReviewRound round = (ReviewRound) r[0];
            long count = (Long) r[1];
            String link = count == 1 ? "/expert/sheet?seat=" + r[2] : "/expert/#my-seats";
            items.add(WorkItem.of("work.sheets", count, link, round.getDeadline(), round.getTitle()));
        }
        return items;
    }

    private List<WorkItem> discussions(Actor actor) {
        List<WorkItem> items = new ArrayList<>();
        for (Object[] r : em.createQuery("SELECT r, COUNT(a), MIN(a.id) FROM ReviewAssignment a, ReviewRound r"
                        + " WHERE r.id = a.roundId AND a.expertUserId = :u AND r.stage = :consensus AND a.withdrawnAt IS NULL"
                        + " GROUP BY r ORDER BY r.id", Object[].class)
                .setParameter("u", actor.userId()).setParameter("consensus", ReviewRound.Stage.CONSENSUS).getResultList()) {
            ReviewRound round = (ReviewRound) r[0];
            items.add(WorkItem.of("work.consensus", (Long) r[1], "/expert/consensus?seat=" + r[2], null, round.getTitle()));
        }
        return items;
    }

    private List<WorkItem> roundsPastDeadline(LocalDate today) {
        List<WorkItem> items = new ArrayList<>();
        for (Object[] r : em.createQuery("SELECT r, COUNT(a) FROM ReviewAssignment a, ReviewRound r WHERE r.id = a.roundId"
                        + " AND r.stage = :scoring AND r.lockedAt IS NULL AND r.deadline < :today" + MISSING + " GROUP BY r ORDER BY r.id", Object[].class)
                .setParameter("scoring", ReviewRound.Stage.ASSIGNED).setParameter("today", today)
                .setParameter("submitted", ScoreSheet.Status.SUBMITTED).getResultList()) {
            ReviewRound round = (ReviewRound) r[0];
            items.add(WorkItem.of("work.roundLate", (Long) r[1], "/official/review-round?id=" + round.getId(),
                    round.getDeadline(), round.getTitle()));
        }
        return items;
    }
}
