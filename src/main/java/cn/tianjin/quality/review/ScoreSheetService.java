package cn.tianjin.quality.review;

import cn.tianjin.quality.enterprise.Enterprise;
import cn.tianjin.quality.platform.Versions;
import cn.tianjin.quality.platform.AccessDeniedException;
import cn.tianjin.quality.platform.BusinessException;
import cn.tianjin.quality.platform.PortalClock;
import cn.tianjin.quality.platform.NotFoundException;
import cn.tianjin.quality.platform.audit.AuditLog;
import cn.tianjin.quality.platform.security.Actor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
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
    @Inject
    PortalClock clock;

    @PersistenceContext
    EntityManager em;

    @Inject
    ExpertSeatService expertSeats;

    @Inject
    AuditLog audit;

    @Inject
    ReviewRoundService rounds;

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
        ReviewAssignment seat = expertSeats.ownSeat(actor, assignmentId);
        ScoreSheet sheet = em.createQuery("SELECT s FROM ScoreSheet s WHERE s.assignmentId = :a", ScoreSheet.class)
                .setParameter("a", seat.getId()).getResultStream().findFirst().orElse(null);
        ReviewRound round = em.find(ReviewRound.class, seat.getRoundId());
        RubricDefinition rubric = round.getRubric().definition();
        if (sheet == null) {
            sheet = new ScoreSheet(seat, clock.now());
            em.persist(sheet);
            em.flush();
            for (RubricItem item : rubric.items()) {
                em.persist(new ScoreItem(sheet.getId(), item.code()));
            }
            em.flush();
            audit.record(actor, ScoreSheet.AUDIT_TYPE, sheet.getId(), "open", "seat " + seat.getId() + ", entry " + seat.getEntryId());
        }
        ReviewEntry entry = em.find(ReviewEntry.class, seat.getEntryId());
        Enterprise ent = em.find(Enterprise.class, entry.getEnterpriseId());
        return new SheetView(sheet, items(sheet.getId()), rubric, entry, ent.getName(), round.getTitle());
    }

    /** Saves a draft; every percentage given must be 0 to 100 in steps of 5, and nothing is stored otherwise. */
    @Transactional
    public ScoreSheet save(Actor actor, Long sheetId, int expectedVersion, List<ItemInput> inputs) {
        ScoreSheet sheet = ownSheet(actor, sheetId);
        requireDraft(sheet);
        Versions.expect(sheet.getVersion(), expectedVersion);
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
        sheet.touched(clock.now());
        Versions.flush(em);
        audit.record(actor, ScoreSheet.AUDIT_TYPE, sheet.getId(), "save-draft", changes.length() == 0 ? "comments" : changes.toString().trim());
        return sheet;
    }

    /** Submits and locks the sheet; every item must have a percentage. */
    @Transactional
    public ScoreSheet submit(Actor actor, Long sheetId) {
        ScoreSheet sheet = ownSheet(actor, sheetId);
        // A double click sends two submits at once: the row lock makes the second wait for the first and then find the
        // sheet locked (told so, as any late submit), instead of failing at commit on the version with an incident.
        em.refresh(sheet, LockModeType.PESSIMISTIC_WRITE);
        requireDraft(sheet);
        RubricDefinition rubric = em.find(ReviewRound.class, sheet.getRoundId()).getRubric().definition();
        BigDecimal total = total(rubric, sheetId);
        sheet.submit(total, clock.now());
        audit.record(actor, ScoreSheet.AUDIT_TYPE, sheet.getId(), "submit", "total " + total);
        return sheet;
    }

    /** An official reopens a submitted sheet for the expert to correct; the reason is audited. */
    @Transactional
    public ScoreSheet reopen(Actor actor, Long sheetId, String reason) {
        actor.requireStaff("reopening sheet " + sheetId);
        ScoreSheet sheet = sheetId == null ? null : em.find(ScoreSheet.class, sheetId);
        if (sheet == null) {
            throw new NotFoundException("sheet " + sheetId);
        }
        if (reason == null || reason.isBlank()) {
            throw BusinessException.onField("reason", "score.reopen.reason");
        }
        ResultsService.requireOpen(em.find(ReviewRound.class, sheet.getRoundId()));
        if (sheet.getStatus() == ScoreSheet.Status.SUBMITTED) {
            sheet.reopen(clock.now());
            audit.record(actor, ScoreSheet.AUDIT_TYPE, sheet.getId(), "reopen", reason.trim());
        }
        return sheet;
    }

    /** Sheets of a round, for those who run it (progress, and later aggregation). */
    @Transactional
    public List<ScoreSheet> sheetsOfRound(Actor actor, Long roundId) {
        rounds.round(actor, roundId);
        return em.createQuery("SELECT s FROM ScoreSheet s WHERE s.roundId = :r ORDER BY s.entryId, s.id", ScoreSheet.class)
                .setParameter("r", roundId).getResultList();
    }

    /** The submitted sheets of a round as item scores in points, for the results board; callers check access. */
    List<RoundResults.SheetInput> submittedScores(ReviewRound round) {
        RubricDefinition rubric = round.getRubric().definition();
        List<ScoreSheet> sheets = em.createQuery(
                        "SELECT s FROM ScoreSheet s WHERE s.roundId = :r AND s.status = :st ORDER BY s.entryId, s.id", ScoreSheet.class)
                .setParameter("r", round.getId()).setParameter("st", ScoreSheet.Status.SUBMITTED).getResultList();
        List<RoundResults.SheetInput> inputs = new ArrayList<>();
        for (ScoreSheet sheet : sheets) {
            Map<String, BigDecimal> scores = new java.util.LinkedHashMap<>();
            for (ScoreItem item : items(sheet.getId())) {
                if (item.getPercent() != null) {
                    scores.put(item.getItemCode(), ScoreMath.itemScore(rubric.getItem(item.getItemCode()).points(), item.getPercent()));
                }
            }
            inputs.add(new RoundResults.SheetInput(sheet.getEntryId(), sheet.getExpertUserId(), scores));
        }
        return inputs;
    }

    /** The sheet's total from its item percentages; every item must have one. */
    BigDecimal total(RubricDefinition rubric, Long sheetId) {
        List<BigDecimal> scores = new ArrayList<>();
        for (ScoreItem item : items(sheetId)) {
            if (item.getPercent() == null) {
                throw new BusinessException("score.sheet.missing", item.getItemCode());
            }
            scores.add(ScoreMath.itemScore(rubric.getItem(item.getItemCode()).points(), item.getPercent()));
        }
        return ScoreMath.total(scores);
    }

    List<ScoreItem> items(Long sheetId) {
        return em.createQuery("SELECT i FROM ScoreItem i WHERE i.sheetId = :s ORDER BY i.id", ScoreItem.class)
                .setParameter("s", sheetId).getResultList();
    }

    /** A draft may change; a submitted sheet, or any sheet of a round whose results are locked, may not. */
    private void requireDraft(ScoreSheet sheet) {
        if (sheet.getStatus() != ScoreSheet.Status.DRAFT) {
            throw new BusinessException("score.sheet.locked");
        }
        ResultsService.requireOpen(em.find(ReviewRound.class, sheet.getRoundId()));
    }

    ScoreSheet ownSheet(Actor actor, Long sheetId) {
        ScoreSheet sheet = sheetId == null ? null : em.find(ScoreSheet.class, sheetId);
        if (sheet == null) {
            throw new NotFoundException("sheet " + sheetId);
        }
        expertSeats.ownSeat(actor, sheet.getAssignmentId());
        return sheet;
    }
}
