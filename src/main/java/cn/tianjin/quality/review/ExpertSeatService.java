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
        if (!actor.is(Role.EXPERT)) {
            throw new AccessDeniedException(actor.username() + " asking for expert seats");
        }
        List<ReviewAssignment> mine = em.createQuery(
                        "SELECT a FROM ReviewAssignment a WHERE a.expertUserId = :e AND a.withdrawnAt IS NULL ORDER BY a.id",
                        ReviewAssignment.class)
                .setParameter("e", actor.userId()).getResultList();
        List<Seat> seats = new ArrayList<>();
        for (ReviewAssignment a : mine) {
            ReviewEntry e = em.find(ReviewEntry.class, a.getEntryId());
            Enterprise ent = em.find(Enterprise.class, e.getEnterpriseId());
            // A conflict declared after seating hides the entry at once, before anyone has withdrawn the seat.
            if (!experts.isConflicted(actor.userId(), ent.getCreditCode())) {
                seats.add(new Seat(em.find(ReviewRound.class, a.getRoundId()), e, ent.getName(), a));
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
