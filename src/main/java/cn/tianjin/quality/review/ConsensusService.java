package cn.tianjin.quality.review;

import cn.tianjin.quality.enterprise.Enterprise;
import cn.tianjin.quality.platform.BusinessException;
import cn.tianjin.quality.platform.PortalClock;
import cn.tianjin.quality.platform.NotFoundException;
import cn.tianjin.quality.platform.Texts;
import cn.tianjin.quality.platform.audit.AuditLog;
import cn.tianjin.quality.platform.security.Actor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The consensus stage on one flagged entry, as its panel members see it: each other's marks on the disputed items
 * under letters (A, B, C ... in seating order, never names), a discussion thread, revisions of their own item scores
 * with a reason, and the chair's consensus score and comments. Only the entry's own seated experts get here.
 */
@ApplicationScoped
public class ConsensusService {
    @Inject
    PortalClock clock;

    public static final int MAX_TEXT = 4000;

    @PersistenceContext
    EntityManager em;

    @Inject
    ExpertSeatService expertSeats;

    @Inject
    ResultsService results;

    @Inject
    ScoreSheetService sheets;

    @Inject
    AuditLog audit;

    /** One panel member's mark on a disputed item. */
    public record Mark(String letter, Integer percent, BigDecimal score, boolean mine) implements Serializable {
    }

    /** A disputed item with every member's mark. */
    public record DisputedItem(RubricItem item, BigDecimal spread, BigDecimal allowed, List<Mark> marks) implements Serializable {
    }

    /** A member whose total stands apart from the others'. */
    public record Outlier(String letter, BigDecimal total, BigDecimal othersMean, BigDecimal standardDeviations, boolean mine) implements Serializable {
    }

    public record Post(String letter, String body, LocalDateTime postedAt, boolean mine) implements Serializable {
    }

    /**
     * The consensus page.
     *
     * @param flagged whether the entry needs consensus at all; if not, the lists are empty
     */
    public record View(ReviewRound round, ReviewEntry entry, String enterpriseName, String myLetter, String chairLetter,
                       boolean chair, boolean flagged, List<DisputedItem> items, List<Outlier> outliers, List<Post> posts,
                       List<ScoreItem> mySheet, RubricDefinition rubric, List<ScoreRevision> myRevisions) implements Serializable {

        public boolean isOpen() {
            return round.getStage() == ReviewRound.Stage.CONSENSUS;
        }
    }

    @Transactional
    public View view(Actor actor, Long assignmentId) {
        ReviewAssignment seat = expertSeats.ownSeat(actor, assignmentId);
        ReviewRound round = em.find(ReviewRound.class, seat.getRoundId());
        if (round.getStage() != ReviewRound.Stage.CONSENSUS && round.getStage() != ReviewRound.Stage.CLOSED) {
            throw new BusinessException("consensus.notOpen");
        }
        ReviewEntry entry = em.find(ReviewEntry.class, seat.getEntryId());
        Map<Long, String> letters = letters(round, entry);
        RoundResults.Row row = results.results(round, results.entries(round)).row(entry.getId());
        RubricDefinition rubric = round.getRubric().definition();
        Map<Long, Map<String, Integer>> percents = percentsByExpert(entry);

        List<DisputedItem> items = new ArrayList<>();
        for (Disagreement.ItemFlag flag : row.disagreement().items()) {
            RubricItem item = rubric.getItem(flag.itemCode());
            List<Mark> marks = new ArrayList<>();
            letters.forEach((expert, letter) -> {
                Integer percent = percents.getOrDefault(expert, Map.of()).get(item.code());
                marks.add(new Mark(letter, percent, percent == null ? null : ScoreMath.itemScore(item.points(), percent),
                        expert.equals(actor.userId())));
            });
            items.add(new DisputedItem(item, flag.spread(), flag.allowed(), marks));
        }
        List<Outlier> outliers = row.disagreement().experts().stream()
                .map(f -> new Outlier(letters.get(f.expertId()), f.total(), f.othersMean(), f.standardDeviations(),
                        f.expertId() == actor.userId()))
                .toList();
        List<Post> posts = em.createQuery("SELECT p FROM ConsensusPost p WHERE p.entryId = :e ORDER BY p.id", ConsensusPost.class)
                .setParameter("e", entry.getId()).getResultList().stream()
                .map(p -> new Post(letters.getOrDefault(p.getAuthorUserId(), "?"), p.getBody(), p.getPostedAt(),
                        p.getAuthorUserId().equals(actor.userId())))
                .toList();
        ScoreSheet mine = sheetOf(seat);
        List<ScoreRevision> revisions = mine == null ? List.of() : em.createQuery(
                        "SELECT r FROM ScoreRevision r WHERE r.sheetId = :s ORDER BY r.id", ScoreRevision.class)
                .setParameter("s", mine.getId()).getResultList();
        String enterpriseName = em.find(Enterprise.class, entry.getEnterpriseId()).getName();
        return new View(round, entry, enterpriseName, letters.get(actor.userId()), letters.get(entry.getChairUserId()),
                actor.userId().equals(entry.getChairUserId()), row.needsConsensus(), items, outliers, posts,
                mine == null ? List.of() : sheets.items(mine.getId()), rubric, revisions);
    }

    /** Adds a message to the entry's thread. */
    @Transactional
    public ConsensusPost post(Actor actor, Long assignmentId, String body) {
        ReviewAssignment seat = openSeat(actor, assignmentId);
        String text = Texts.required(body, MAX_TEXT, "body", "consensus.post.required");
        ConsensusPost post = new ConsensusPost(seat.getEntryId(), actor.userId(), text, clock.now());
        em.persist(post);
        em.flush();
        audit.record(actor, ReviewEntry.AUDIT_TYPE, seat.getEntryId(), "consensus-post", "post " + post.getId());
        return post;
    }

    /** Changes one of the expert's own item scores in the consensus discussion; the old and new marks and the reason are kept. */
    @Transactional
    public ScoreSheet revise(Actor actor, Long assignmentId, String itemCode, Integer percent, String reason) {
        ReviewAssignment seat = openSeat(actor, assignmentId);
        ScoreSheet sheet = sheetOf(seat);
        if (sheet == null || sheet.getStatus() != ScoreSheet.Status.SUBMITTED) {
            throw new BusinessException("consensus.revise.notSubmitted");
        }
        if (percent == null) {
            throw BusinessException.onField("percent", "consensus.revise.percent");
        }
        Optional<String> problem = ScoreMath.percentProblem(percent);
        if (problem.isPresent()) {
            throw BusinessException.onField("percent", problem.get());
        }
        String why = Texts.required(reason, MAX_TEXT, "reason", "consensus.revise.reason");
        ScoreItem item = sheets.items(sheet.getId()).stream().filter(i -> i.getItemCode().equals(itemCode)).findFirst()
                .orElseThrow(() -> new NotFoundException("item " + itemCode));
        if (item.getPercent() != null && item.getPercent() == percent.intValue()) {
            throw BusinessException.onField("percent", "consensus.revise.same");
        }
        int old = item.getPercent() == null ? 0 : item.getPercent();
        item.revise(percent);
        em.persist(new ScoreRevision(sheet.getId(), itemCode, old, percent, why, clock.now()));
        RubricDefinition rubric = em.find(ReviewRound.class, seat.getRoundId()).getRubric().definition();
        BigDecimal total = sheets.total(rubric, sheet.getId());
        sheet.revised(total, clock.now());
        audit.record(actor, ScoreSheet.AUDIT_TYPE, sheet.getId(), "revise", itemCode + " " + old + "% -> " + percent + "%, total " + total
                + ": " + why);
        return sheet;
    }

    /** The chair records the panel's consensus score and comments; recording again replaces them until the round is locked. */
    @Transactional
    public ReviewEntry record(Actor actor, Long assignmentId, BigDecimal score, String comments) {
        ReviewAssignment seat = openSeat(actor, assignmentId);
        ReviewEntry entry = em.find(ReviewEntry.class, seat.getEntryId());
        if (!actor.userId().equals(entry.getChairUserId())) {
            throw new BusinessException("consensus.record.notChair");
        }
        int max = em.find(ReviewRound.class, seat.getRoundId()).getRubric().definition().totalPoints();
        if (score == null || score.signum() < 0 || score.compareTo(BigDecimal.valueOf(max)) > 0
                || score.stripTrailingZeros().scale() > ScoreMath.SCALE) {
            throw BusinessException.onField("score", "consensus.record.score", max);
        }
        String text = Texts.required(comments, MAX_TEXT, "comments", "consensus.record.comments");
        entry.consensus(score.setScale(ScoreMath.SCALE), text, clock.now());
        audit.record(actor, ReviewEntry.AUDIT_TYPE, entry.getId(), "consensus", "score " + score.setScale(ScoreMath.SCALE));
        return entry;
    }

    /** A seat of the caller's on an entry that needs consensus, while the round is in its consensus stage. */
    private ReviewAssignment openSeat(Actor actor, Long assignmentId) {
        ReviewAssignment seat = expertSeats.ownSeat(actor, assignmentId);
        ReviewRound round = em.find(ReviewRound.class, seat.getRoundId());
        if (round.getStage() != ReviewRound.Stage.CONSENSUS) {
            throw new BusinessException("consensus.notOpen");
        }
        if (!results.results(round, results.entries(round)).row(seat.getEntryId()).needsConsensus()) {
            throw new BusinessException("consensus.notFlagged");
        }
        return seat;
    }

    /** The entry's panel, lettered A, B, C ... in seating order. */
    private Map<Long, String> letters(ReviewRound round, ReviewEntry entry) {
        Map<Long, String> letters = new java.util.LinkedHashMap<>();
        for (ReviewAssignment a : results.panels(round).getOrDefault(entry.getId(), List.of())) {
            letters.put(a.getExpertUserId(), String.valueOf((char) ('A' + letters.size())));
        }
        return letters;
    }

    private Map<Long, Map<String, Integer>> percentsByExpert(ReviewEntry entry) {
        Map<Long, Map<String, Integer>> percents = new HashMap<>();
        for (ScoreSheet sheet : em.createQuery("SELECT s FROM ScoreSheet s WHERE s.entryId = :e AND s.status = :st", ScoreSheet.class)
                .setParameter("e", entry.getId()).setParameter("st", ScoreSheet.Status.SUBMITTED).getResultList()) {
            Map<String, Integer> own = new HashMap<>();
            sheets.items(sheet.getId()).forEach(i -> own.put(i.getItemCode(), i.getPercent()));
            percents.put(sheet.getExpertUserId(), own);
        }
        return percents;
    }

    private ScoreSheet sheetOf(ReviewAssignment seat) {
        return em.createQuery("SELECT s FROM ScoreSheet s WHERE s.assignmentId = :a", ScoreSheet.class)
                .setParameter("a", seat.getId()).getResultStream().findFirst().orElse(null);
    }
}
