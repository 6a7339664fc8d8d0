package cn.tianjin.quality.review;

import cn.tianjin.quality.enterprise.Enterprise;
import cn.tianjin.quality.platform.AccessDeniedException;
import cn.tianjin.quality.platform.NotFoundException;
import cn.tianjin.quality.platform.security.Actor;
import cn.tianjin.quality.platform.security.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;

/**
 * An expert's own seats, the only part of the sealed panels an expert sees: never another expert's seat, a withdrawn
 * one, or an entry the expert is in conflict with; anyone but an expert is refused. Reads only.
 */
@ApplicationScoped
public class ExpertSeatService {
    @PersistenceContext
    EntityManager em;

    @Inject
    ExpertService experts;

    /** What an expert sees: their own seats, never an entry they are in conflict with. */
    public record Seat(ReviewRound round, ReviewEntry entry, String enterpriseName, ReviewAssignment assignment) {
    }

    @Transactional
    public List<Seat> seatsOf(Actor actor) {
        return seats(actor, "a.id", Integer.MAX_VALUE);
    }

    /** The expert's latest seats, newest first, at most {@code max}: what the desk shows before "all seats". */
    @Transactional
    public List<Seat> latestSeatsOf(Actor actor, int max) {
        return seats(actor, "a.id DESC", max);
    }

    private List<Seat> seats(Actor actor, String order, int max) {
        if (!actor.is(Role.EXPERT)) {
            throw new AccessDeniedException(actor.username() + " asking for expert seats");
        }
        // One query for the seats with their entries, rounds and enterprises, and one pass of the conflict rules.
        List<Object[]> rows = em.createQuery("SELECT a, e, r, ent.name, ent.creditCode FROM ReviewAssignment a, ReviewEntry e,"
                        + " ReviewRound r, Enterprise ent WHERE e.id = a.entryId AND r.id = a.roundId AND ent.id = e.enterpriseId"
                        + " AND a.expertUserId = :e AND a.withdrawnAt IS NULL ORDER BY " + order, Object[].class)
                .setParameter("e", actor.userId()).setMaxResults(max).getResultList();
        java.util.Map<Long, String> codeByEntry = new java.util.HashMap<>();
        rows.forEach(r -> codeByEntry.put(((ReviewEntry) r[1]).getId(), (String) r[4]));
        // A conflict declared after seating hides the entry at once, before anyone has withdrawn the seat.
        java.util.Set<Long> conflicted = new java.util.HashSet<>();
        experts.conflictedPairs(codeByEntry, List.of(actor.userId())).forEach(p -> conflicted.add(p.entryId()));
        List<Seat> seats = new ArrayList<>();
        for (Object[] r : rows) {
            ReviewEntry e = (ReviewEntry) r[1];
            if (!conflicted.contains(e.getId())) {
                seats.add(new Seat((ReviewRound) r[2], e, (String) r[3], (ReviewAssignment) r[0]));
            }
        }
        return seats;
    }

    /**
     * One of the expert's own active seats; anything else (another expert's seat, a withdrawn one, an entry the
     * expert is in conflict with) is not found, so a guessed id tells nothing.
     */
    @Transactional
    public ReviewAssignment ownSeat(Actor actor, Long assignmentId) {
        if (!actor.is(Role.EXPERT)) {
            throw new AccessDeniedException(actor.username() + " opening an expert seat");
        }
        ReviewAssignment seat = assignmentId == null ? null : em.find(ReviewAssignment.class, assignmentId);
        if (seat == null || !seat.isActive() || !seat.getExpertUserId().equals(actor.userId())) {
            throw new NotFoundException("seat " + assignmentId + " for " + actor.username());
        }
        ReviewEntry entry = em.find(ReviewEntry.class, seat.getEntryId());
        String code = em.find(Enterprise.class, entry.getEnterpriseId()).getCreditCode();
        if (experts.isConflicted(actor.userId(), code)) {
            throw new NotFoundException("seat " + assignmentId + " is in conflict for " + actor.username());
        }
        return seat;
    }
}
