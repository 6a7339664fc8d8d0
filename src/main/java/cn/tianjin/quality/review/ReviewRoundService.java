package cn.tianjin.quality.review;

import cn.tianjin.quality.enterprise.Enterprise;
import cn.tianjin.quality.platform.db.Like;
import cn.tianjin.quality.enterprise.EnterpriseService;
import cn.tianjin.quality.platform.AccessDeniedException;
import cn.tianjin.quality.platform.BusinessException;
import cn.tianjin.quality.platform.PortalClock;
import cn.tianjin.quality.platform.NotFoundException;
import cn.tianjin.quality.platform.audit.AuditLog;
import cn.tianjin.quality.platform.files.AttachmentService;
import cn.tianjin.quality.platform.security.AccountStatus;
import cn.tianjin.quality.platform.security.Actor;
import cn.tianjin.quality.platform.security.Role;
import cn.tianjin.quality.platform.security.UserAccount;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.io.Serializable;
import java.security.SecureRandom;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
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
    @Inject
    PortalClock clock;

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

    @Inject
    AttachmentService attachments;

    @Transactional
    public ReviewRound create(Actor actor, String programme, String title, Long rubricVersionId, int panelSize) {
        actor.requireStaff("using review rounds");
        if (title == null || title.isBlank()) {
            throw BusinessException.onField("title", "field.required");
        }
        if (panelSize < 1 || panelSize > 15) {
            throw BusinessException.onField("panelSize", "review.round.panelSize");
        }
        rubrics.requireProgramme(programme);
        // The rubric is frozen once a round uses it, so every score refers to one fixed version.
        RubricVersion rubric = rubrics.freeze(actor, rubricVersionId);
        ReviewRound r = new ReviewRound(programme, title.trim(), rubric, panelSize, actor.username(), clock.now());
        em.persist(r);
        em.flush();
        audit.record(actor, ReviewRound.AUDIT_TYPE, r.getId(), "create", programme + ": " + r.getTitle() + ", rubric "
                + rubric.getRubric().getCode() + " v" + rubric.getVersionNo() + ", panel " + panelSize);
        return r;
    }

    @Transactional
    public List<ReviewRound> rounds(Actor actor) {
        actor.requireStaff("using review rounds");
        return em.createQuery("SELECT r FROM ReviewRound r ORDER BY r.createdAt DESC, r.id DESC", ReviewRound.class).getResultList();
    }

    @Transactional
    public ReviewRound round(Actor actor, Long id) {
        actor.requireStaff("using review rounds");
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
                submittedAt == null ? clock.now() : submittedAt);
        em.persist(entry);
        em.flush();
        audit.record(actor, ReviewEntry.AUDIT_TYPE, entry.getId(), "add", "round " + r.getId() + ": " + e.getName() + ", " + entry.getTitle());
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

    /**
     * One row of the load table and of the hand-seating suggestions: an active expert, their seats in the round and
     * their maximum. A class with getters rather than a record: the table sorts by property names.
     */
    public static final class ExpertLoad implements Serializable {
        private static final long serialVersionUID = 1L;
        private final long expertId;
        private final String name;
        private final long load;
        private final int maxLoad;

        public ExpertLoad(long expertId, String name, long load, int maxLoad) {
            this.expertId = expertId;
            this.name = name;
            this.load = load;
            this.maxLoad = maxLoad;
        }

        public long getExpertId() { return expertId; }
        public String getName() { return name; }
        public long getLoad() { return load; }
        public int getMaxLoad() { return maxLoad; }
        public boolean isOverloaded() { return load > maxLoad; }
    }

    /** How many active experts have a name containing the text (blank for all), for the load table's paginator. */
    @Transactional
    public long countExpertLoads(Actor actor, Long roundId, String name) {
        round(actor, roundId);
        String like = likeName(name);
        TypedQuery<Long> q = em.createQuery("SELECT COUNT(u) FROM UserAccount u WHERE u.role = :role AND u.status = :status"
                + (like == null ? "" : " AND u.displayName LIKE :like"), Long.class);
        return activeExperts(q, like).getSingleResult();
    }

    /**
     * One page of active experts with their load in the round, paged, sorted and counted in the database so the page
     * costs the same with 300 experts or 3,000: by name ("name"), by load ("load"), or by default the busiest first,
     * then by name. Three queries at most: the page, its loads (when sorted by name) and its maximum loads.
     */
    @Transactional
    public List<ExpertLoad> expertLoadPage(Actor actor, Long roundId, String name, int first, int max, String sortField,
                                           boolean ascending) {
        round(actor, roundId);
        String like = likeName(name);
        List<Object[]> page = "name".equals(sortField) ? pageByName(roundId, like, first, max, ascending)
                : pageByLoad(roundId, like, first, max, "load".equals(sortField) ? ascending : false);
        Map<Long, Integer> maxLoads = experts.maxLoads(page.stream().map(row -> ((Number) row[0]).longValue()).toList());
        List<ExpertLoad> rows = new ArrayList<>(page.size());
        for (Object[] row : page) {
            long id = ((Number) row[0]).longValue();
            rows.add(new ExpertLoad(id, (String) row[1], ((Number) row[2]).longValue(),
                    maxLoads.getOrDefault(id, ExpertProfile.DEFAULT_MAX_LOAD)));
        }
        return rows;
    }

    /** A page of experts by name, then the seats of those experts alone (the hand-seating suggestions ask this). */
    private List<Object[]> pageByName(Long roundId, String like, int first, int max, boolean ascending) {
        TypedQuery<Object[]> q = em.createQuery("SELECT u.id, u.displayName FROM UserAccount u WHERE u.role = :role"
                + " AND u.status = :status" + (like == null ? "" : " AND u.displayName LIKE :like")
                + " ORDER BY u.displayName" + (ascending ? " ASC" : " DESC") + ", u.id", Object[].class);
        List<Object[]> page = activeExperts(q, like).setFirstResult(first).setMaxResults(max).getResultList();
        if (page.isEmpty()) {
            return page;
        }
        Map<Long, Long> seats = new HashMap<>();
        em.createQuery("SELECT a.expertUserId, COUNT(a) FROM ReviewAssignment a WHERE a.roundId = :r AND a.expertUserId IN :ids"
                        + " AND a.withdrawnAt IS NULL GROUP BY a.expertUserId", Object[].class)
                .setParameter("r", roundId).setParameter("ids", page.stream().map(row -> (Long) row[0]).toList())
                .getResultList().forEach(row -> seats.put((Long) row[0], ((Number) row[1]).longValue()));
        return page.stream().map(row -> new Object[] {row[0], row[1], seats.getOrDefault((Long) row[0], 0L)}).toList();
    }

    /**
     * A page of experts by their seats in the round. SQL rather than JPQL: the seats are counted once per expert in a
     * derived table read from the round's index, then joined to the experts; JPQL's outer join grouped by expert took
     * twice as long (a round of 11,030 seats and 1,000 experts on MariaDB: 4 ms against 8 ms).
     */
    @SuppressWarnings("unchecked")
    private List<Object[]> pageByLoad(Long roundId, String like, int first, int max, boolean ascending) {
        String dir = ascending ? " ASC" : " DESC";
        var q = em.createNativeQuery("SELECT u.id, u.display_name, COALESCE(l.n, 0) AS seats FROM user_account u"
                + " LEFT JOIN (SELECT expert_user_id, COUNT(*) AS n FROM review_assignment WHERE round_id = ?1"
                + " AND withdrawn_at IS NULL GROUP BY expert_user_id) l ON l.expert_user_id = u.id"
                + " WHERE u.role = ?2 AND u.status = ?3" + (like == null ? "" : " AND u.display_name LIKE ?4")
                + " ORDER BY seats" + dir + ", u.display_name, u.id LIMIT ?5 OFFSET ?6")
                .setParameter(1, roundId).setParameter(2, Role.EXPERT.name()).setParameter(3, AccountStatus.ACTIVE.name())
                .setParameter(5, max).setParameter(6, first);
        if (like != null) {
            q.setParameter(4, like);
        }
        return q.getResultList();
    }

    /** An expert's display name, for messages naming an expert by id. */
    @Transactional
    public String expertName(Actor actor, Long expertUserId) {
        actor.requireStaff("using review rounds");
        UserAccount u = expertUserId == null ? null : em.find(UserAccount.class, expertUserId);
        if (u == null || u.getRole() != Role.EXPERT) {
            throw new NotFoundException("expert " + expertUserId);
        }
        return u.getDisplayName();
    }

    private static <T> TypedQuery<T> activeExperts(TypedQuery<T> q, String like) {
        q.setParameter("role", Role.EXPERT).setParameter("status", AccountStatus.ACTIVE);
        return like == null ? q : q.setParameter("like", like);
    }

    private static String likeName(String name) {
        return name == null || name.isBlank() ? null : Like.contains(name.strip());
    }

    /** Whether any panel of the round has a seat (the page links to the results then). */
    @Transactional
    public boolean hasSeats(Actor actor, Long roundId) {
        round(actor, roundId);
        return anySeat(roundId);
    }

    private boolean anySeat(Long roundId) {
        return !em.createQuery("SELECT a.id FROM ReviewAssignment a WHERE a.roundId = :r AND a.withdrawnAt IS NULL", Long.class)
                .setParameter("r", roundId).setMaxResults(1).getResultList().isEmpty();
    }

    /**
     * An entry of this round by the number an official typed. A number of no entry, or of another round's entry, is
     * refused with the number named, so a typo cannot seat an expert or attach a file elsewhere.
     */
    @Transactional
    public ReviewEntry entry(Actor actor, Long roundId, Long entryId) {
        round(actor, roundId);
        if (entryId == null) {
            throw new BusinessException("review.assign.choose");
        }
        ReviewEntry e = em.find(ReviewEntry.class, entryId);
        if (e == null || !e.getRoundId().equals(roundId)) {
            throw new BusinessException("review.entry.notInRound", entryId);
        }
        return e;
    }

    /** A seat as the entries table shows it. */
    public record PanelSeat(long seatId, String expertName, ReviewAssignment.Method method) implements Serializable {
    }

    /** A file of an entry's materials as the entries table links it. */
    public record Material(long id, String fileName) implements Serializable {
    }

    /**
     * One row of the entries table. A class with getters rather than a record: the table sorts by property names.
     */
    public static final class EntryRow implements Serializable {
        private static final long serialVersionUID = 1L;
        private final long id;
        private final String title;
        private final String enterpriseName;
        private final String industry;
        private final List<PanelSeat> panel;
        private final List<Material> materials;

        public EntryRow(long id, String title, String enterpriseName, String industry, List<PanelSeat> panel,
                        List<Material> materials) {
            this.id = id;
            this.title = title;
            this.enterpriseName = enterpriseName;
            this.industry = industry;
            this.panel = List.copyOf(panel);
            this.materials = List.copyOf(materials);
        }

        public long getId() { return id; }
        public String getTitle() { return title; }
        public String getEnterpriseName() { return enterpriseName; }
        public String getIndustry() { return industry; }
        public List<PanelSeat> getPanel() { return panel; }
        public List<Material> getMaterials() { return materials; }
    }

    /** How many entries of the round match the filter (number, title or enterprise name; null for all). */
    @Transactional
    public long countEntries(Actor actor, Long roundId, String filter) {
        round(actor, roundId);
        return entryQuery(roundId, EntryFilter.of(filter), "SELECT COUNT(e)", "", Long.class).getSingleResult();
    }

    /**
     * One page of the round's entries with enterprise names, panels and materials, in four queries whatever the page
     * size: the page with its enterprises joined, then the page's seats and its files, each by the page's entry ids.
     */
    @Transactional
    public List<EntryRow> entryPage(Actor actor, Long roundId, String filter, int first, int max, String sortField,
                                    boolean ascending) {
        round(actor, roundId);
        String order = switch (sortField == null ? "" : sortField) {
            case "title" -> "e.title";
            case "enterpriseName" -> "ent.name";
            case "industry" -> "e.industry";
            default -> "e.id";
        };
        List<Object[]> page = entryQuery(roundId, EntryFilter.of(filter), "SELECT e, ent.name",
                " ORDER BY " + order + (ascending ? " ASC" : " DESC") + ", e.id", Object[].class)
                .setFirstResult(first).setMaxResults(max).getResultList();
        if (page.isEmpty()) {
            return List.of();
        }
        List<Long> ids = page.stream().map(row -> ((ReviewEntry) row[0]).getId()).toList();
        Map<Long, List<PanelSeat>> panels = new HashMap<>();
        em.createQuery("SELECT a.entryId, a.id, a.method, u.displayName FROM ReviewAssignment a, UserAccount u"
                        + " WHERE u.id = a.expertUserId AND a.entryId IN :ids AND a.withdrawnAt IS NULL ORDER BY a.entryId, a.id",
                        Object[].class)
                .setParameter("ids", ids).getResultList()
                .forEach(row -> panels.computeIfAbsent((Long) row[0], k -> new ArrayList<>())
                        .add(new PanelSeat((Long) row[1], (String) row[3], (ReviewAssignment.Method) row[2])));
        Map<Long, List<Material>> materials = new HashMap<>();
        attachments.ofOwners(actor, EntryMaterials.OWNER_TYPE, ids).forEach((owner, files) -> materials.put(owner,
                files.stream().map(f -> new Material(f.getId(), f.getFileName())).toList()));
        List<EntryRow> rows = new ArrayList<>(page.size());
        for (Object[] row : page) {
            ReviewEntry e = (ReviewEntry) row[0];
            rows.add(new EntryRow(e.getId(), e.getTitle(), (String) row[1], e.getIndustry(),
                    panels.getOrDefault(e.getId(), List.of()), materials.getOrDefault(e.getId(), List.of())));
        }
        return rows;
    }

    private <T> TypedQuery<T> entryQuery(Long roundId, EntryFilter f, String select, String order, Class<T> type) {
        // The enterprise is joined only when a name is shown or searched: counting all entries needs the index alone.
        boolean join = f.text() != null || select.contains("ent.");
        StringBuilder q = new StringBuilder(select).append(" FROM ReviewEntry e")
                .append(join ? ", Enterprise ent WHERE ent.id = e.enterpriseId AND" : " WHERE").append(" e.roundId = :r");
        if (f.text() != null) {
            q.append(" AND (e.title LIKE :like OR ent.name LIKE :like").append(f.number() == null ? "" : " OR e.id = :id").append(')');
        }
        TypedQuery<T> query = em.createQuery(q + order, type).setParameter("r", roundId);
        if (f.text() != null) {
            query.setParameter("like", Like.contains(f.text()));
            if (f.number() != null) {
                query.setParameter("id", f.number());
            }
        }
        return query;
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
        audit.record(actor, ReviewRound.AUDIT_TYPE, r.getId(), "assign-draw", log.toString());
        return seats;
    }

    /** Seats an expert by hand. Conflicts are refused; a load above the expert's maximum is allowed with a warning. */
    @Transactional
    public Warning seatByHand(Actor actor, Long roundId, Long entryId, Long expertUserId) {
        ReviewRound r = round(actor, roundId);
        ReviewEntry e = entry(actor, roundId, entryId);
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
        actor.requireStaff("using review rounds");
        ReviewAssignment a = assignmentId == null ? null : em.find(ReviewAssignment.class, assignmentId);
        if (a == null || !a.isActive()) {
            throw new NotFoundException("assignment " + assignmentId);
        }
        if (reason == null || reason.isBlank()) {
            throw BusinessException.onField("reason", "review.withdraw.reason");
        }
        a.withdraw(clock.now(), reason.trim());
        audit.record(actor, ReviewEntry.AUDIT_TYPE, a.getEntryId(), "withdraw-seat", "expert " + a.getExpertUserId() + ": " + reason.trim());
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
        audit.record(actor, ReviewEntry.AUDIT_TYPE, entry.getId(), "redraw", "seed=" + r.getDrawSeed() + ": expert "
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
        if (anySeat(r.getId())) {
            throw new BusinessException("review.round.alreadyAssigned");
        }
    }

    private static void requireStage(ReviewRound r, ReviewRound.Stage stage) {
        if (r.getStage() != stage) {
            throw new BusinessException("review.round.wrongStage", r.getStage());
        }
    }

}
