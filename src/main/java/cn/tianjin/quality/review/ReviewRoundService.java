package cn.tianjin.quality.review;

import cn.tianjin.quality.enterprise.Enterprise;
import cn.tianjin.quality.enterprise.EnterpriseService;
import cn.tianjin.quality.platform.AccessDeniedException;
import cn.tianjin.quality.platform.BusinessException;
import cn.tianjin.quality.platform.Clock;
import cn.tianjin.quality.platform.NotFoundException;
import cn.tianjin.quality.platform.audit.AuditLog;
import cn.tianjin.quality.platform.security.Actor;
import cn.tianjin.quality.platform.security.Role;
import cn.tianjin.quality.platform.security.UserAccount;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Review rounds and their panels. Programmes put entries into a round; officials fill the panels by the min-cost
 * flow proposal, by a seeded random draw (专家抽取) or by hand. Conflicted experts are never seated, and the panels
 * are sealed: an expert sees only their own seats, an applicant none.
 */
@ApplicationScoped
public class ReviewRoundService {
    private static final SecureRandom RANDOM = new SecureRandom();

    @PersistenceContext
    EntityManager em;

    @Inject
    RubricService rubrics;

    @Inject
    ExpertService experts;

    @Inject
    EnterpriseService enterprises;

    @Inject
    AuditLog audit;

    @Transactional
    public ReviewRound create(Actor actor, String programme, String title, Long rubricVersionId, int panelSize) {
        requireStaff(actor);
        if (title == null || title.isBlank()) {
            throw BusinessException.onField("title", "field.required");
        }
        if (panelSize < 1 || panelSize > 15) {
            throw BusinessException.onField("panelSize", "review.round.panelSize");
        }
        if (!RubricService.PROGRAMMES.contains(programme)) {
            throw BusinessException.onField("programme", "rubric.programme.unknown");
        }
        // The rubric is frozen once a round uses it, so every score refers to one fixed version.
        RubricVersion rubric = rubrics.freeze(actor, rubricVersionId);
        ReviewRound r = new ReviewRound(programme, title.trim(), rubric, panelSize, actor.username(), Clock.now());
        em.persist(r);
        em.flush();
        audit.record(actor, "review-round", r.getId(), "create", programme + ": " + r.getTitle() + ", rubric "
                + rubric.getRubric().getCode() + " v" + rubric.getVersionNo() + ", panel " + panelSize);
        return r;
    }

    @Transactional
    public List<ReviewRound> rounds(Actor actor) {
        requireStaff(actor);
        return em.createQuery("SELECT r FROM ReviewRound r ORDER BY r.createdAt DESC, r.id DESC", ReviewRound.class).getResultList();
    }

    @Transactional
    public ReviewRound round(Actor actor, Long id) {
        requireStaff(actor);
        ReviewRound r = id == null ? null : em.find(ReviewRound.class, id);
        if (r == null) {
            throw new NotFoundException("review round " + id);
        }
        return r;
    }

    /** Puts an entry into a round that is still being set up. Programmes call this when an application advances. */
    @Transactional
    public ReviewEntry addEntry(Actor actor, Long roundId, Long enterpriseId, String title, String sourceType, Long sourceId,
                                LocalDateTime submittedAt) {
        ReviewRound r = round(actor, roundId);
        requireStage(r, ReviewRound.Stage.SETUP);
        Enterprise e = enterprises.getFor(actor, enterpriseId);
        if (title == null || title.isBlank()) {
            throw BusinessException.onField("entryTitle", "field.required");
        }
        ReviewEntry entry = new ReviewEntry(r.getId(), e.getId(), title.trim(), e.getIndustry().name(), sourceType, sourceId,
                submittedAt == null ? Clock.now() : submittedAt);
        em.persist(entry);
        em.flush();
        audit.record(actor, "review-entry", entry.getId(), "add", "round " + r.getId() + ": " + e.getName() + ", " + entry.getTitle());
        return entry;
    }

    @Transactional
    public List<ReviewEntry> entries(Actor actor, Long roundId) {
        round(actor, roundId);
        return entriesOf(roundId);
    }

    @Transactional
    public List<ReviewAssignment> assignments(Actor actor, Long roundId) {
        round(actor, roundId);
        return activeAssignments(roundId);
    }

    /** Seats per expert in the round, for the balance check on the page. */
    @Transactional
    public Map<Long, Long> loads(Actor actor, Long roundId) {
        return assignments(actor, roundId).stream()
                .collect(Collectors.groupingBy(ReviewAssignment::getExpertUserId, LinkedHashMap::new, Collectors.counting()));
    }

    /**
     * Fills every panel with the cheapest assignment: full panels, loads balanced by a convex cost, matching
     * industries preferred, conflicts impossible. Refused, with the entries named, when no full assignment exists.
     */
    @Transactional
    public List<ReviewAssignment> assignBySolver(Actor actor, Long roundId) {
        ReviewRound r = round(actor, roundId);
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
        audit.record(actor, "review-round", r.getId(), "assign-solver", seats.size() + " seats for " + entries.size()
                + " entries from " + pool.size() + " experts, cost " + a.totalCost());
        return seats;
    }

    /**
     * Fills every panel by a seeded random draw. The seed is stored and logged, so anyone can run the same draw again
     * with {@link ExpertDraw} and get the same panels. A null seed means a fresh random one.
     */
    @Transactional
    public List<ReviewAssignment> assignByDraw(Actor actor, Long roundId, Long seed) {
        ReviewRound r = round(actor, roundId);
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
        audit.record(actor, "review-round", r.getId(), "assign-draw", log.toString());
        return seats;
    }

    /** Seats an expert by hand. Conflicts are refused; a load above the expert's maximum is allowed with a warning. */
    @Transactional
    public Warning seatByHand(Actor actor, Long roundId, Long entryId, Long expertUserId) {
        ReviewRound r = round(actor, roundId);
        ReviewEntry e = entriesOf(roundId).stream().filter(x -> x.getId().equals(entryId)).findFirst()
                .orElseThrow(() -> new NotFoundException("entry " + entryId));
        UserAccount expert = em.find(UserAccount.class, expertUserId);
        if (expert == null || expert.getRole() != Role.EXPERT) {
            throw new NotFoundException("expert " + expertUserId);
        }
        Enterprise ent = em.find(Enterprise.class, e.getEnterpriseId());
        if (experts.isConflicted(expertUserId, ent.getCreditCode())) {
            throw BusinessException.onField("expert", "review.assign.conflicted", expert.getDisplayName());
        }
        List<ReviewAssignment> active = activeAssignments(roundId);
        if (active.stream().anyMatch(a -> a.getEntryId().equals(entryId) && a.getExpertUserId().equals(expertUserId))) {
            throw BusinessException.onField("expert", "review.assign.duplicate", expert.getDisplayName());
        }
        seat(actor, r, entryId, expertUserId, ReviewAssignment.Method.MANUAL);
        audit.record(actor, "review-entry", entryId, "seat", "expert " + expert.getUsername() + " seated by hand");
        long load = active.stream().filter(a -> a.getExpertUserId().equals(expertUserId)).count() + 1;
        long panel = active.stream().filter(a -> a.getEntryId().equals(entryId)).count() + 1;
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
        requireStaff(actor);
        ReviewAssignment a = assignmentId == null ? null : em.find(ReviewAssignment.class, assignmentId);
        if (a == null || !a.isActive()) {
            throw new NotFoundException("assignment " + assignmentId);
        }
        if (reason == null || reason.isBlank()) {
            throw BusinessException.onField("reason", "review.withdraw.reason");
        }
        a.withdraw(Clock.now(), reason.trim());
        audit.record(actor, "review-entry", a.getEntryId(), "withdraw-seat", "expert " + a.getExpertUserId() + ": " + reason.trim());
        ReviewRound r = em.find(ReviewRound.class, a.getRoundId());
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
        audit.record(actor, "review-entry", entry.getId(), "redraw", "seed=" + r.getDrawSeed() + ": expert "
                + a.getExpertUserId() + " replaced by " + redraw.replacement().replacementExpert() + " at draw "
                + redraw.replacement().drawNumber());
        return replacement;
    }

    /** A warning to show an official after a hand-made change; the change itself was stored. */
    public record Warning(String messageKey, Object... args) {
    }

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

    private ReviewAssignment seat(Actor actor, ReviewRound r, long entryId, long expertId, ReviewAssignment.Method method) {
        ReviewAssignment a = new ReviewAssignment(r.getId(), entryId, expertId, method, actor.username(), Clock.now());
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

    /** The round's entries by id; callers check access. */
    List<ReviewEntry> entriesOf(Long roundId) {
        return em.createQuery("SELECT e FROM ReviewEntry e WHERE e.roundId = :r ORDER BY e.id", ReviewEntry.class)
                .setParameter("r", roundId).getResultList();
    }

    /** The round's seats not withdrawn, by entry then seating order; callers check access. */
    List<ReviewAssignment> activeAssignments(Long roundId) {
        return em.createQuery("SELECT a FROM ReviewAssignment a WHERE a.roundId = :r AND a.withdrawnAt IS NULL ORDER BY a.entryId, a.id",
                        ReviewAssignment.class)
                .setParameter("r", roundId).getResultList();
    }

    private List<ReviewEntry> requireEntries(ReviewRound r) {
        List<ReviewEntry> entries = entriesOf(r.getId());
        if (entries.isEmpty()) {
            throw new BusinessException("review.round.noEntries");
        }
        return entries;
    }

    private void requireEmptyPanels(ReviewRound r) {
        requireStage(r, ReviewRound.Stage.SETUP);
        if (!activeAssignments(r.getId()).isEmpty()) {
            throw new BusinessException("review.round.alreadyAssigned");
        }
    }

    private static void requireStage(ReviewRound r, ReviewRound.Stage stage) {
        if (r.getStage() != stage) {
            throw new BusinessException("review.round.wrongStage", r.getStage());
        }
    }

    private static void requireStaff(Actor actor) {
        if (!actor.isStaff()) {
            throw new AccessDeniedException("review rounds used by " + actor.username());
        }
    }
}
