package cn.tianjin.quality.review;

import cn.tianjin.quality.enterprise.Enterprise;
import cn.tianjin.quality.platform.BusinessException;
import cn.tianjin.quality.platform.NotFoundException;
import cn.tianjin.quality.platform.PortalClock;
import cn.tianjin.quality.platform.audit.AuditLog;
import cn.tianjin.quality.platform.security.Actor;
import cn.tianjin.quality.platform.security.Role;
import cn.tianjin.quality.platform.security.UserAccount;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Filling a round's panels: by the min-cost flow proposal, by a seeded random draw (专家抽取) or by hand, and taking a
 * seat back, refilled from the same draw when the draw filled it. Conflicted experts are never seated.
 */
@ApplicationScoped
public class PanelService {
    @Inject
    PortalClock clock;

    private static final SecureRandom RANDOM = new SecureRandom();

    @PersistenceContext
    EntityManager em;

    @Inject
    ReviewRoundService rounds;

    @Inject
    ExpertService experts;

    @Inject
    AuditLog audit;

    /** Whether any panel of the round has a seat (the page links to the results then). */
    @Transactional
    public boolean hasSeats(Actor actor, Long roundId) {
        rounds.round(actor, roundId);
        return anySeat(roundId);
    }

    private boolean anySeat(Long roundId) {
        return !em.createQuery("SELECT a.id FROM ReviewAssignment a WHERE a.roundId = :r AND a.withdrawnAt IS NULL", Long.class)
                .setParameter("r", roundId).setMaxResults(1).getResultList().isEmpty();
    }

    @Transactional
    public List<ReviewAssignment> assignments(Actor actor, Long roundId) {
        rounds.round(actor, roundId);
        return activeAssignments(roundId);
    }

    /**
     * Fills every panel with the cheapest assignment: full panels, loads balanced by a convex cost, matching
     * industries preferred, conflicts impossible. Refused, with the entries named, when no full assignment exists.
     */
    @Transactional
    public List<ReviewAssignment> assignBySolver(Actor actor, Long roundId) {
        ReviewRound r = rounds.round(actor, roundId);
        requireEmptyPanels(r);
        List<ReviewEntry> entries = requireEntries(r);
        Map<Long, ExpertProfile> pool = availablePool();
        var builder = AssignmentProblem.builder().panelSize(r.getPanelSize());
        Set<String> categories = Set.copyOf(r.getRubric().definition().categories().stream().map(RubricCategory::code).toList());
        entries.forEach(e -> builder.entry(e.getId(), e.getIndustry(), categories.toArray(String[]::new)));
        pool.forEach((id, p) -> builder.expert(id, p.getMaxLoad(), p.industrySet(), p.categorySet()));
        builder.conflicts(experts.conflictedPairs(codes(entries), pool.keySet()));
        AssignmentSolver.Outcome outcome = new AssignmentSolver().solve(builder.build());
        if (outcome.unfilled().isPresent()) {
            AssignmentSolver.Unfilled u = outcome.unfilled().get();
            AssignmentSolver.Shortfall first = u.shortfalls().isEmpty() ? null : u.shortfalls().get(0);
            if (first == null) {
                throw new BusinessException(AssignmentSolver.Unfilled.MESSAGE_KEY, u.missingSeats());
            }
            throw new BusinessException(first.messageKey(), titleOf(entries, first.entryId()), first.eligibleExperts(),
                    first.openSeats());
        }
        Assignment a = outcome.assignment().orElseThrow();
        List<ReviewAssignment> seats = new ArrayList<>();
        for (AssignmentProblem.Pair p : a.pairs()) {
            seats.add(seat(actor, r, p.entryId(), p.expertId(), ReviewAssignment.Method.SOLVER));
        }
        r.stage(ReviewRound.Stage.ASSIGNED);
        audit.record(actor, ReviewRound.AUDIT_TYPE, r.getId(), "assign-solver", seats.size() + " seats for " + entries.size()
                + " entries from " + pool.size() + " experts, cost " + a.totalCost());
        return seats;
    }

    /**
     * Fills every panel by a seeded random draw. The seed is stored and logged, so anyone can run the same draw again
     * with {@link ExpertDraw} and get the same panels. A null seed means a fresh random one.
     */
    @Transactional
    public List<ReviewAssignment> assignByDraw(Actor actor, Long roundId, Long seed) {
        ReviewRound r = rounds.round(actor, roundId);
        requireEmptyPanels(r);
        List<ReviewEntry> entries = requireEntries(r);
        Map<Long, ExpertProfile> pool = availablePool();
        long s = seed == null ? RANDOM.nextLong() : seed;
        Set<AssignmentProblem.Pair> conflicts = experts.conflictedPairs(codes(entries), pool.keySet());
        List<ReviewAssignment> seats = new ArrayList<>();
        StringBuilder log = new StringBuilder("seed=" + s);
        for (ReviewEntry e : entries) {
            Set<Long> conflicted = conflicts.stream().filter(p -> p.entryId() == e.getId()).map(AssignmentProblem.Pair::expertId)
                    .collect(Collectors.toSet());
            ExpertDraw.Panel panel;
            try {
                panel = ExpertDraw.draw(s, e.getId(), pool.keySet(), r.getPanelSize(), conflicted);
            } catch (ExpertDraw.PoolExhaustedException ex) {
                throw new BusinessException(ex.messageKey(), e.getTitle(), ex.messageArgs()[1], ex.messageArgs()[2]);
            }
            panel.experts().forEach(x -> seats.add(seat(actor, r, e.getId(), x, ReviewAssignment.Method.DRAW)));
            em.persist(new ReviewDraw(r.getId(), panel));
            log.append("; entry ").append(e.getId()).append(": ").append(panel.experts());
        }
        r.drawSeed(s);
        r.stage(ReviewRound.Stage.ASSIGNED);
        audit.record(actor, ReviewRound.AUDIT_TYPE, r.getId(), "assign-draw", log.toString());
        return seats;
    }

    /** Seats an expert by hand. Conflicts are refused; a load above the expert's maximum is allowed with a warning. */
    @Transactional
    public Warning seatByHand(Actor actor, Long roundId, Long entryId, Long expertUserId) {
        ReviewRound r = rounds.round(actor, roundId);
        requireSeatsOpen(r);
        ReviewEntry e = rounds.entry(actor, roundId, entryId);
        UserAccount expert = expertUserId == null ? null : em.find(UserAccount.class, expertUserId);
        if (expert == null || expert.getRole() != Role.EXPERT) {
            throw new NotFoundException("expert " + expertUserId);
        }
        Enterprise ent = em.find(Enterprise.class, e.getEnterpriseId());
        if (experts.isConflicted(expertUserId, ent.getCreditCode())) {
            throw BusinessException.onField("expert", "review.assign.conflicted", expert.getDisplayName());
        }
        // Counted in the database: a large round has thousands of seats, and this needs three numbers.
        if (activeSeats("a.entryId = :e AND a.expertUserId = :x", entryId, expertUserId) > 0) {
            throw BusinessException.onField("expert", "review.assign.duplicate", expert.getDisplayName());
        }
        long load = activeSeats("a.roundId = :r AND a.expertUserId = :x", roundId, expertUserId) + 1;
        long panel = activeSeats("a.entryId = :e", entryId, null) + 1;
        seat(actor, r, entryId, expertUserId, ReviewAssignment.Method.MANUAL);
        audit.record(actor, ReviewEntry.AUDIT_TYPE, entryId, "seat", "expert " + expert.getUsername() + " seated by hand");
        int maxLoad = experts.profiles(List.of(expert)).get(expert.getId()).getMaxLoad();
        if (load > maxLoad) {
            return new Warning("review.assign.overloaded", expert.getDisplayName(), load, maxLoad);
        }
        if (panel > r.getPanelSize()) {
            return new Warning("review.assign.panelTooLarge", e.getTitle(), panel, r.getPanelSize());
        }
        return null;
    }

    /**
     * Takes a seat back (recusal, illness); the seat stays on record with the reason. A seat filled by the random
     * draw is refilled by continuing the same seeded draw, skipping experts in conflict, and the replacement is
     * logged; the new seat is returned then, otherwise null.
     */
    @Transactional
    public ReviewAssignment withdraw(Actor actor, Long assignmentId, String reason) {
        ReviewAssignment a = assignmentId == null ? null : em.find(ReviewAssignment.class, assignmentId);
        if (a == null || !a.isActive()) {
            actor.requireStaff("using review rounds");
            throw new NotFoundException("assignment " + assignmentId);
        }
        rounds.round(actor, a.getRoundId());
        if (reason == null || reason.isBlank()) {
            throw BusinessException.onField("reason", "review.withdraw.reason");
        }
        ReviewRound r = em.find(ReviewRound.class, a.getRoundId());
        requireSeatsOpen(r);
        a.withdraw(clock.now(), reason.trim());
        audit.record(actor, ReviewEntry.AUDIT_TYPE, a.getEntryId(), "withdraw-seat", "expert " + a.getExpertUserId() + ": " + reason.trim());
        if (a.getMethod() != ReviewAssignment.Method.DRAW || r.getDrawSeed() == null) {
            return null;
        }
        ReviewDraw state = em.createQuery("SELECT d FROM ReviewDraw d WHERE d.entryId = :e", ReviewDraw.class)
                .setParameter("e", a.getEntryId()).getSingleResult();
        ReviewEntry entry = em.find(ReviewEntry.class, a.getEntryId());
        String code = em.find(Enterprise.class, entry.getEnterpriseId()).getCreditCode();
        Set<Long> conflictedNow = new HashSet<>();
        experts.conflictedPairs(Map.of(entry.getId(), code), state.pool())
                .forEach(p -> conflictedNow.add(p.expertId()));
        ExpertDraw.Redraw redraw;
        try {
            redraw = ExpertDraw.redraw(r.getDrawSeed(), state.panel(r.getDrawSeed(), conflictedNow), a.getExpertUserId());
        } catch (ExpertDraw.PoolExhaustedException ex) {
            throw new BusinessException(ex.messageKey(), entry.getTitle(), ex.messageArgs()[1]);
        }
        state.update(redraw.panel());
        ReviewAssignment replacement = seat(actor, r, entry.getId(), redraw.replacement().replacementExpert(),
                ReviewAssignment.Method.DRAW);
        audit.record(actor, ReviewEntry.AUDIT_TYPE, entry.getId(), "redraw", "seed=" + r.getDrawSeed() + ": expert "
                + a.getExpertUserId() + " replaced by " + redraw.replacement().replacementExpert() + " at draw "
                + redraw.replacement().drawNumber());
        return replacement;
    }

    /** A warning to show an official after a hand-made change; the change itself was stored. */
    public record Warning(String messageKey, Object... args) {
    }

    /** Active seats matching a condition on :r (round) or :e (entry), and :x (expert) when given. */
    private long activeSeats(String condition, Long roundOrEntry, Long expertUserId) {
        TypedQuery<Long> q = em.createQuery("SELECT COUNT(a) FROM ReviewAssignment a WHERE " + condition
                + " AND a.withdrawnAt IS NULL", Long.class)
                .setParameter(condition.startsWith("a.roundId") ? "r" : "e", roundOrEntry);
        if (expertUserId != null) {
            q.setParameter("x", expertUserId);
        }
        return q.getSingleResult();
    }

    /** Once a round's results are locked its panels are history: no seat is added or taken back. */
    private static void requireSeatsOpen(ReviewRound r) {
        if (r.getStage() == ReviewRound.Stage.CLOSED) {
            throw new BusinessException("review.seats.locked");
        }
    }

    private ReviewAssignment seat(Actor actor, ReviewRound r, long entryId, long expertId, ReviewAssignment.Method method) {
        ReviewAssignment a = new ReviewAssignment(r.getId(), entryId, expertId, method, actor.username(), clock.now());
        em.persist(a);
        return a;
    }

    private Map<Long, ExpertProfile> availablePool() {
        Map<Long, ExpertProfile> all = experts.profiles(experts.activeExperts());
        Map<Long, ExpertProfile> available = new LinkedHashMap<>();
        all.forEach((id, p) -> {
            if (p.isAvailable()) {
                available.put(id, p);
            }
        });
        return available;
    }

    private Map<Long, String> codes(List<ReviewEntry> entries) {
        Map<Long, String> codes = new LinkedHashMap<>();
        Set<Long> ids = new HashSet<>();
        entries.forEach(e -> ids.add(e.getEnterpriseId()));
        Map<Long, String> codeOf = new java.util.HashMap<>();
        em.createQuery("SELECT e FROM Enterprise e WHERE e.id IN :ids", Enterprise.class).setParameter("ids", ids)
                .getResultList().forEach(e -> codeOf.put(e.getId(), e.getCreditCode()));
        entries.forEach(e -> codes.put(e.getId(), codeOf.get(e.getEnterpriseId())));
        return codes;
    }

    private static String titleOf(List<ReviewEntry> entries, long entryId) {
        return entries.stream().filter(e -> e.getId() == entryId).map(ReviewEntry::getTitle).findFirst().orElse(String.valueOf(entryId));
    }

    /** The round's seats not withdrawn, by entry then seating order; callers check access. */
    List<ReviewAssignment> activeAssignments(Long roundId) {
        return em.createQuery("SELECT a FROM ReviewAssignment a WHERE a.roundId = :r AND a.withdrawnAt IS NULL ORDER BY a.entryId, a.id",
                        ReviewAssignment.class)
                .setParameter("r", roundId).getResultList();
    }

    private List<ReviewEntry> requireEntries(ReviewRound r) {
        List<ReviewEntry> entries = rounds.entriesOf(r.getId());
        if (entries.isEmpty()) {
            throw new BusinessException("review.round.noEntries");
        }
        return entries;
    }

    private void requireEmptyPanels(ReviewRound r) {
        ReviewRoundService.requireStage(r, ReviewRound.Stage.SETUP);
        if (anySeat(r.getId())) {
            throw new BusinessException("review.round.alreadyAssigned");
        }
    }
}
