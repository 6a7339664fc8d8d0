package cn.tianjin.quality.review;

import cn.tianjin.quality.enterprise.Enterprise;
import cn.tianjin.quality.platform.Versions;
import cn.tianjin.quality.platform.BusinessException;
import cn.tianjin.quality.platform.PortalClock;
import cn.tianjin.quality.platform.NotFoundException;
import cn.tianjin.quality.platform.audit.AuditLog;
import cn.tianjin.quality.platform.notify.NotificationService;
import cn.tianjin.quality.platform.security.Actor;
import cn.tianjin.quality.platform.security.UserAccount;
import cn.tianjin.quality.review.Calibration.ExpertCalibration;
import cn.tianjin.quality.review.Calibration.Workload;
import cn.tianjin.quality.review.Ranking.Place;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * A round after its panels are seated: the scoring deadline and its reminders, the results board (aggregates side by
 * side, disagreement, calibration), the consensus stage with its chairs, and the lock of one aggregation method, which
 * closes the round and opens its ranking. Officials only; every change is audited.
 */
@ApplicationScoped
public class ResultsService {
    @Inject
    PortalClock clock;

    /** Reminders go out daily from this many days before the deadline until the deadline itself. */
    public static final int REMIND_DAYS_BEFORE = 3;

    @PersistenceContext
    EntityManager em;

    @Inject
    ReviewRoundService rounds;

    @Inject
    PanelService panels;

    @Inject
    ScoreSheetService sheets;

    @Inject
    NotificationService notifications;

    @Inject
    AuditLog audit;

    /**
     * What the results page shows.
     *
     * @param ranking    the ranking under the locked method; empty until the round is locked
     * @param unfinished active seats without a submitted sheet
     */
    public record Board(ReviewRound round, List<ReviewEntry> entries, RoundResults results, Map<Long, String> enterpriseNames,
                        Map<Long, String> expertNames, Map<Long, List<Long>> panels, List<ExpertCalibration> calibration,
                        List<Place> ranking, int unfinished) implements Serializable {

        public ReviewEntry entry(long entryId) {
            return entries.stream().filter(e -> e.getId() == entryId).findFirst().orElseThrow();
        }

        public List<RoundResults.Row> flagged() {
            return results.rows().stream().filter(RoundResults.Row::needsConsensus).toList();
        }
    }

    @Transactional
    public Board board(Actor actor, Long roundId) {
        ReviewRound round = rounds.round(actor, roundId);
        List<ReviewEntry> entries = entries(round);
        RoundResults results = results(round, entries);
        List<ReviewAssignment> seats = panels.assignments(actor, roundId).stream().filter(ReviewAssignment::isActive).toList();
        Set<Long> submitted = submittedSeats(round);
        Map<Long, int[]> work = new TreeMap<>();
        for (ReviewAssignment seat : seats) {
            int[] counts = work.computeIfAbsent(seat.getExpertUserId(), id -> new int[2]);
            counts[0]++;
            if (submitted.contains(seat.getId())) {
                counts[1]++;
            }
        }
        List<Workload> workloads = work.entrySet().stream()
                .map(w -> new Workload(w.getKey(), w.getValue()[0], w.getValue()[1])).toList();
        Map<Long, String> enterpriseNames = new HashMap<>();
        for (ReviewEntry e : entries) {
            enterpriseNames.put(e.getEnterpriseId(), em.find(Enterprise.class, e.getEnterpriseId()).getName());
        }
        Map<Long, String> expertNames = new HashMap<>();
        work.keySet().forEach(id -> expertNames.put(id, em.find(UserAccount.class, id).getDisplayName()));
        List<Place> ranking = round.isLocked() ? results.ranking(round.getMethod()) : List.of();
        int unfinished = (int) seats.stream().filter(s -> !submitted.contains(s.getId())).count();
        Map<Long, List<Long>> panelOf = new HashMap<>();
        seats.forEach(a -> panelOf.computeIfAbsent(a.getEntryId(), id -> new ArrayList<>()).add(a.getExpertUserId()));
        return new Board(round, entries, results, enterpriseNames, expertNames, panelOf, results.calibration(workloads),
                ranking, unfinished);
    }

    /** Sets the day by which experts submit; reminders restart for the new day. */
    @Transactional
    public ReviewRound setDeadline(Actor actor, Long roundId, LocalDate deadline) {
        ReviewRound round = rounds.round(actor, roundId);
        requireOpen(round);
        if (deadline == null) {
            throw BusinessException.onField("deadline", "results.deadline.required");
        }
        if (deadline.isBefore(clock.today())) {
            throw BusinessException.onField("deadline", "results.deadline.past");
        }
        round.deadline(deadline);
        audit.record(actor, ReviewRound.AUDIT_TYPE, round.getId(), "deadline", deadline.toString());
        return round;
    }

    /**
     * Sends today's reminders: every expert with an unsubmitted seat in a round whose deadline is at most
     * {@value #REMIND_DAYS_BEFORE} days away gets one e-mail and one inbox message per round, at most once a day.
     *
     * @return how many experts were reminded
     */
    @Transactional
    public int remindDue(LocalDate today) {
        List<ReviewRound> due = em.createQuery(
                        "SELECT r FROM ReviewRound r WHERE r.deadline IS NOT NULL AND r.method IS NULL AND r.deadline >= :today"
                                + " AND r.deadline <= :last AND (r.remindedOn IS NULL OR r.remindedOn < :today)", ReviewRound.class)
                .setParameter("today", today).setParameter("last", today.plusDays(REMIND_DAYS_BEFORE))
                // Every instance of a cluster runs this hourly: the row locks make them take turns, and the one that
                // waited reads the rounds as reminded today, so no expert is reminded twice.
                .setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList();
        int reminded = 0;
        for (ReviewRound round : due) {
            Set<Long> submitted = submittedSeats(round);
            Map<Long, Integer> open = new TreeMap<>();
            panels.activeAssignments(round.getId()).stream()
                    .filter(a -> !submitted.contains(a.getId()))
                    .forEach(a -> open.merge(a.getExpertUserId(), 1, Integer::sum));
            for (Map.Entry<Long, Integer> expert : open.entrySet()) {
                UserAccount account = em.find(UserAccount.class, expert.getKey());
                Object[] args = {round.getTitle(), expert.getValue(), round.getDeadline().toString()};
                notifications.notify(account.getId(), account.getLocale(), "results.remind.subject", "results.remind.body",
                        "/expert/", args);
                if (account.getEmail() != null) {
                    notifications.mail(account.getEmail(), account.getLocale(), "results.remind.subject", "results.remind.body", args);
                }
                reminded++;
            }
            round.reminded(today);
            audit.record(Actor.system(), ReviewRound.AUDIT_TYPE, round.getId(), "remind", open.size() + " experts");
        }
        return reminded;
    }

    /**
     * Opens the consensus stage once every seat has a submitted sheet. Each flagged entry gets a chair: the first
     * seated expert unless an official names another.
     */
    @Transactional
    public ReviewRound openConsensus(Actor actor, Long roundId) {
        ReviewRound round = rounds.round(actor, roundId);
        if (round.getStage() != ReviewRound.Stage.SETUP && round.getStage() != ReviewRound.Stage.ASSIGNED) {
            throw new BusinessException("review.round.wrongStage", round.getStage());
        }
        Board board = board(actor, roundId);
        requireAllScored(board);
        Map<Long, List<ReviewAssignment>> seated = panels(round);
        for (RoundResults.Row row : board.flagged()) {
            ReviewEntry entry = board.entry(row.entryId());
            if (entry.getChairUserId() == null) {
                entry.chair(seated.get(entry.getId()).get(0).getExpertUserId());
            }
        }
        round.stage(ReviewRound.Stage.CONSENSUS);
        audit.record(actor, ReviewRound.AUDIT_TYPE, round.getId(), "open-consensus", board.flagged().size() + " entries flagged");
        return round;
    }

    /** Names the chair of an entry's consensus: one of its seated experts. */
    @Transactional
    public ReviewEntry setChair(Actor actor, Long entryId, Long expertUserId) {
        ReviewEntry entry = entryId == null ? null : em.find(ReviewEntry.class, entryId);
        if (entry == null) {
            throw new NotFoundException("entry " + entryId);
        }
        ReviewRound round = rounds.round(actor, entry.getRoundId());
        requireOpen(round);
        boolean seated = panels(round).getOrDefault(entry.getId(), List.of()).stream()
                .anyMatch(a -> a.getExpertUserId().equals(expertUserId));
        if (!seated) {
            throw BusinessException.onField("chair", "results.chair.notSeated");
        }
        entry.chair(expertUserId);
        audit.record(actor, ReviewEntry.AUDIT_TYPE, entry.getId(), "chair", "expert " + expertUserId);
        return entry;
    }

    /**
     * Locks the aggregation method and closes the round: every seat submitted, and every flagged entry with a
     * consensus score. From then on no sheet changes and the ranking is open.
     */
    @Transactional
    public ReviewRound lock(Actor actor, Long roundId, AggregationMethod method, int expectedVersion) {
        ReviewRound round = rounds.round(actor, roundId);
        requireOpen(round);
        if (method == null) {
            throw BusinessException.onField("method", "results.method.required");
        }
        Versions.expect(round.getVersion(), expectedVersion);
        Board board = board(actor, roundId);
        requireAllScored(board);
        List<String> open = board.flagged().stream()
                .filter(row -> row.consensusScore() == null)
                .map(row -> board.entry(row.entryId()).getTitle())
                .toList();
        if (!open.isEmpty()) {
            throw new BusinessException("results.consensus.missing", String.join("; ", open));
        }
        round.lock(method, actor.username(), clock.now());
        audit.record(actor, ReviewRound.AUDIT_TYPE, round.getId(), "lock", method.name());
        return round;
    }

    /** The scored sheets and entries of the round as the pure results calculation takes them. */
    RoundResults results(ReviewRound round, List<ReviewEntry> entries) {
        List<RoundResults.EntryInput> inputs = entries.stream()
                .map(e -> new RoundResults.EntryInput(e.getId(), e.getSubmittedAt().toInstant(ZoneOffset.UTC), e.getConsensusScore()))
                .toList();
        return RoundResults.standard(round.getRubric().definition(), inputs, sheets.submittedScores(round));
    }

    List<ReviewEntry> entries(ReviewRound round) {
        return rounds.entriesOf(round.getId());
    }

    /** Active seats per entry, in seating order: the order that gives the panel its letters A, B, C ... */
    Map<Long, List<ReviewAssignment>> panels(ReviewRound round) {
        return panels.activeAssignments(round.getId()).stream()
                .collect(Collectors.groupingBy(ReviewAssignment::getEntryId, LinkedHashMap::new, Collectors.toList()));
    }

    private Set<Long> submittedSeats(ReviewRound round) {
        return em.createQuery("SELECT s.assignmentId FROM ScoreSheet s WHERE s.roundId = :r AND s.status = :st", Long.class)
                .setParameter("r", round.getId()).setParameter("st", ScoreSheet.Status.SUBMITTED).getResultList()
                .stream().collect(Collectors.toSet());
    }

    /** Every seat has a submitted sheet and every entry at least one: only then can a round move on. */
    private static void requireAllScored(Board board) {
        if (board.unfinished() > 0) {
            throw new BusinessException("results.unfinished", board.unfinished());
        }
        List<String> unscored = board.results().rows().stream().filter(r -> !r.isScored())
                .map(r -> board.entry(r.entryId()).getTitle()).toList();
        if (!unscored.isEmpty()) {
            throw new BusinessException("results.unscored", String.join("; ", unscored));
        }
    }

    static void requireOpen(ReviewRound round) {
        if (round.isLocked()) {
            throw new BusinessException("review.round.locked");
        }
    }
}
