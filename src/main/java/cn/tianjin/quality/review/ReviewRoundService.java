package cn.tianjin.quality.review;

import cn.tianjin.quality.enterprise.Enterprise;
import cn.tianjin.quality.enterprise.EnterpriseService;
import cn.tianjin.quality.platform.BusinessException;
import cn.tianjin.quality.platform.NotFoundException;
import cn.tianjin.quality.platform.PortalClock;
import cn.tianjin.quality.platform.audit.AuditLog;
import cn.tianjin.quality.platform.db.Like;
import cn.tianjin.quality.platform.files.AttachmentService;
import cn.tianjin.quality.platform.security.Actor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Review rounds and their entries: a round is created on a frozen rubric version, programmes put entries into it, and
 * officials page through the entries with their panels and materials. Every other review service opens a round
 * through {@link #round}, so the access check lives in one place. Filling the panels is {@link PanelService}'s job.
 */
@ApplicationScoped
public class ReviewRoundService {
    @Inject
    @jakarta.enterprise.inject.Any
    jakarta.enterprise.inject.Instance<RoundRunners> runners;

    @Inject
    PortalClock clock;

    @PersistenceContext
    EntityManager em;

    @Inject
    RubricService rubrics;

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

    /**
     * The round, for bureau staff and those who run it ({@link RoundRunners}: the evaluators of the alliance member
     * running a brand campaign); to any other evaluator it does not exist, anyone else is refused.
     */
    @Transactional
    public ReviewRound round(Actor actor, Long id) {
        if (!actor.isStaff() && !actor.is(cn.tianjin.quality.platform.security.Role.EVALUATOR)) {
            actor.requireStaff("using review rounds");
        }
        ReviewRound r = id == null ? null : em.find(ReviewRound.class, id);
        if (r == null || !actor.isStaff() && runners.stream().noneMatch(x -> x.runs(actor, r))) {
            throw new NotFoundException("review round " + id + (r == null ? "" : " for " + actor.username()));
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

    /** The round's entries by id; callers check access. */
    List<ReviewEntry> entriesOf(Long roundId) {
        return em.createQuery("SELECT e FROM ReviewEntry e WHERE e.roundId = :r ORDER BY e.id", ReviewEntry.class)
                .setParameter("r", roundId).getResultList();
    }

    /** Refuses a change the round's stage no longer (or not yet) allows; {@link PanelService} asks it too. */
    static void requireStage(ReviewRound r, ReviewRound.Stage stage) {
        if (r.getStage() != stage) {
            throw new BusinessException("review.round.wrongStage", r.getStage());
        }
    }
}
