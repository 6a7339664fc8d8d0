package cn.tianjin.quality.review;

import cn.tianjin.quality.enterprise.Enterprise;
import cn.tianjin.quality.platform.AccessDeniedException;
import cn.tianjin.quality.platform.BusinessException;
import cn.tianjin.quality.platform.Clock;
import cn.tianjin.quality.platform.NotFoundException;
import cn.tianjin.quality.platform.audit.AuditLog;
import cn.tianjin.quality.platform.security.Actor;
import cn.tianjin.quality.platform.security.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Score sheets: an expert scores each item of the round's rubric on their own seats only, in 5% steps; drafts are
 * saved as they work, submitting locks the sheet, and only an official reopens it, with a reason. Every change is
 * audited. Experts never see another expert's sheet here.
 */
@ApplicationScoped
public class ScoreSheetService {
    @PersistenceContext
    EntityManager em;

    @Inject
    ExpertService experts;

    @Inject
    AuditLog audit;

    /** What the sheet page shows. */
    public record SheetView(ScoreSheet sheet, List<ScoreItem> items, RubricDefinition rubric, ReviewEntry entry,
                            String enterpriseName, String roundTitle) {
    }

    /** One item as typed on the page. */
    public record ItemInput(String itemCode, Integer percent, String strengths, String opportunities) {
    }

    /** The expert's sheet for one of their seats, created (empty) the first time. */
    @Transactional
    public SheetView open(Actor actor, Long assignmentId) {
        ReviewAssignment seat = ownSeat(actor, assignmentId);
        ScoreSheet sheet = em.createQuery("SELECT s FROM ScoreSheet s WHERE s.assignmentId = :a", ScoreSheet.class)
                .setParameter("a", seat.getId()).getResultStream().findFirst().orElse(null);
        ReviewRound round = em.find(ReviewRound.class, seat.getRoundId());
        RubricDefinition rubric = round.getRubric().definition();
        if (sheet == null) {
            sheet = new ScoreSheet(seat, Clock.now());
            em.persist(sheet);
            em.flush();
            for (RubricItem item : rubric.items()) {
                em.persist(new ScoreItem(sheet.getId(), item.code()));
            }
            em.flush();
            audit.record(actor, "score-sheet", sheet.getId(), "open", "seat " + seat.getId() + ", entry " + seat.getEntryId());
        }
        ReviewEntry entry = em.find(ReviewEntry.class, seat.getEntryId());
        Enterprise ent = em.find(Enterprise.class, entry.getEnterpriseId());
        return new SheetView(sheet, items(sheet.getId()), rubric, entry, ent.getName(), round.getTitle());
    }

    /** Saves a draft; every percentage given must be 0 to 100 in steps of 5, and nothing is stored otherwise. */
    @Transactional
    public ScoreSheet save(Actor actor, Long sheetId, int expectedVersion, List<ItemInput> inputs) {
        ScoreSheet sheet = ownSheet(actor, sheetId);
        if (sheet.getStatus() != ScoreSheet.Status.DRAFT) {
            throw new BusinessException("score.sheet.locked");
        }
        if (sheet.getVersion() != expectedVersion) {
            throw new BusinessException("concurrent.modified");
        }
        Map<String, ScoreItem> byCode = items(sheetId).stream().collect(Collectors.toMap(ScoreItem::getItemCode, Function.identity()));
        StringBuilder changes = new StringBuilder();
        for (ItemInput in : inputs) {
            ScoreItem item = byCode.get(in.itemCode());
            if (item == null) {
                throw new NotFoundException("item " + in.itemCode());
            }
            if (in.percent() != null) {
                Optional<String> problem = ScoreMath.percentProblem(in.percent());
                if (problem.isPresent()) {
                    // score.percent.range -> score.item.percent.range: the same rule, naming the item.
                    throw BusinessException.onField("percent", problem.get().replace("score.percent", "score.item.percent"),
                            in.itemCode());
                }
            }
            if (!java.util.Objects.equals(item.getPercent(), in.percent())) {
                changes.append(in.itemCode()).append('=').append(in.percent()).append(' ');
            }
            item.set(in.percent(), in.strengths(), in.opportunities());
        }
        sheet.touched(Clock.now());
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            throw new BusinessException("concurrent.modified");
        }
        audit.record(actor, "score-sheet", sheet.getId(), "save-draft", changes.length() == 0 ? "comments" : changes.toString().trim());
        return sheet;
    }

    /** Submits and locks the sheet; every item must have a percentage. */
    @Transactional
    public ScoreSheet submit(Actor actor, Long sheetId) {
        ScoreSheet sheet = ownSheet(actor, sheetId);
        if (sheet.getStatus() != ScoreSheet.Status.DRAFT) {
            throw new BusinessException("score.sheet.locked");
        }
        RubricDefinition rubric = em.find(ReviewRound.class, sheet.getRoundId()).getRubric().definition();
        List<BigDecimal> scores = new ArrayList<>();
        for (ScoreItem item : items(sheetId)) {
            if (item.getPercent() == null) {
                throw new BusinessException("score.sheet.missing", item.getItemCode());
            }
            scores.add(ScoreMath.itemScore(rubric.getItem(item.getItemCode()).points(), item.getPercent()));
        }
        BigDecimal total = ScoreMath.total(scores);
        sheet.submit(total, Clock.now());
        audit.record(actor, "score-sheet", sheet.getId(), "submit", "total " + total);
        return sheet;
    }

    /** An official reopens a submitted sheet for the expert to correct; the reason is audited. */
    @Transactional
    public ScoreSheet reopen(Actor actor, Long sheetId, String reason) {
        if (!actor.isStaff()) {
            throw new AccessDeniedException(actor.username() + " reopening sheet " + sheetId);
        }
        ScoreSheet sheet = sheetId == null ? null : em.find(ScoreSheet.class, sheetId);
        if (sheet == null) {
            throw new NotFoundException("sheet " + sheetId);
        }
        if (reason == null || reason.isBlank()) {
            throw BusinessException.onField("reason", "score.reopen.reason");
        }
        if (sheet.getStatus() == ScoreSheet.Status.SUBMITTED) {
            sheet.reopen(Clock.now());
            audit.record(actor, "score-sheet", sheet.getId(), "reopen", reason.trim());
        }
        return sheet;
    }

    /** Sheets of a round, for officials (progress, and later aggregation). */
    @Transactional
    public List<ScoreSheet> sheetsOfRound(Actor actor, Long roundId) {
        if (!actor.isStaff()) {
            throw new AccessDeniedException(actor.username() + " listing sheets of round " + roundId);
        }
        return em.createQuery("SELECT s FROM ScoreSheet s WHERE s.roundId = :r ORDER BY s.entryId, s.id", ScoreSheet.class)
                .setParameter("r", roundId).getResultList();
    }

    private List<ScoreItem> items(Long sheetId) {
        return em.createQuery("SELECT i FROM ScoreItem i WHERE i.sheetId = :s ORDER BY i.id", ScoreItem.class)
                .setParameter("s", sheetId).getResultList();
    }

    private ReviewAssignment ownSeat(Actor actor, Long assignmentId) {
        if (!actor.is(Role.EXPERT)) {
            throw new AccessDeniedException(actor.username() + " opening a score sheet");
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

    private ScoreSheet ownSheet(Actor actor, Long sheetId) {
        ScoreSheet sheet = sheetId == null ? null : em.find(ScoreSheet.class, sheetId);
        if (sheet == null) {
            throw new NotFoundException("sheet " + sheetId);
        }
        ownSeat(actor, sheet.getAssignmentId());
        return sheet;
    }
}
