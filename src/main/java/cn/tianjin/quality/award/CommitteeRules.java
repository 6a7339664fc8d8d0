package cn.tianjin.quality.award;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * How the award committee's votes become awards (评审委员会审议). Each member present votes on each shortlisted entry
 * for the award, the nomination award, or neither; only the counts are kept.
 *
 * <ol>
 * <li><b>Quorum.</b> An entry is decided only when at least {@code quorum} votes were cast on it; otherwise it gets
 * nothing this time ({@link Reason#NO_QUORUM}).</li>
 * <li><b>Carried.</b> The award is carried when the award votes reach the threshold (by default two thirds) of the
 * votes cast. Failing that, the nomination award is carried when award and nomination votes together reach it: a
 * member who voted for the award supports the entry for the lesser honour too. Abstaining is not voting; "neither" is
 * a vote cast.</li>
 * <li><b>Quotas are ceilings.</b> Entries are taken in ranking order. An entry carried for the award takes an award
 * place while one is left, otherwise it falls back to a nomination place; an entry carried for the nomination takes a
 * nomination place while one is left. Places nobody is carried for stay empty.</li>
 * </ol>
 * The comparisons are made on whole numbers ({@code votes x denominator >= cast x numerator}), so two thirds of 9 is
 * exactly 6.
 */
public final class CommitteeRules {

    public enum Outcome { AWARD, NOMINATION, NONE }

    /** Why an entry got what it got. */
    public enum Reason { CARRIED, NO_QUORUM, NOT_CARRIED, AWARD_QUOTA_FULL, QUOTA_FULL }

    /**
     * The committee's settings.
     *
     * @param quorum      the fewest votes that must be cast on an entry for a decision
     * @param numerator   the threshold's numerator, 2 for two thirds
     * @param denominator the threshold's denominator, 3 for two thirds
     */
    public record Rules(int quorum, int numerator, int denominator, int awardQuota, int nominationQuota) {

        public Rules {
            if (quorum < 1 || numerator < 1 || denominator < numerator || awardQuota < 0 || nominationQuota < 0) {
                throw new IllegalArgumentException("Committee rules out of range: " + quorum + ", " + numerator + "/"
                        + denominator + ", quotas " + awardQuota + "/" + nominationQuota);
            }
        }

        /** Two thirds of the votes cast, the quorum given, the campaign's quotas. */
        public static Rules twoThirds(int quorum, int awardQuota, int nominationQuota) {
            return new Rules(quorum, 2, 3, awardQuota, nominationQuota);
        }
    }

    /** The counted votes on one entry. */
    public record Tally(long entryId, int award, int nomination, int neither) {

        public Tally {
            if (award < 0 || nomination < 0 || neither < 0) {
                throw new IllegalArgumentException("Negative vote count on entry " + entryId);
            }
        }

        public int cast() {
            return award + nomination + neither;
        }
    }

    /** The committee's result for one entry. */
    public record Decision(long entryId, Outcome outcome, Reason reason, Outcome carriedFor) {
    }

    private CommitteeRules() {
    }

    /**
     * Decides every entry.
     *
     * @param rankedTallies the shortlisted entries' tallies in ranking order, best first
     */
    public static List<Decision> decide(Rules rules, List<Tally> rankedTallies) {
        Objects.requireNonNull(rules, "rules");
        int awardsLeft = rules.awardQuota();
        int nominationsLeft = rules.nominationQuota();
        List<Decision> decisions = new ArrayList<>();
        for (Tally t : rankedTallies) {
            Outcome carried = carriedFor(rules, t);
            if (t.cast() < rules.quorum()) {
                decisions.add(new Decision(t.entryId(), Outcome.NONE, Reason.NO_QUORUM, Outcome.NONE));
            } else if (carried == Outcome.NONE) {
                decisions.add(new Decision(t.entryId(), Outcome.NONE, Reason.NOT_CARRIED, Outcome.NONE));
            } else if (carried == Outcome.AWARD && awardsLeft > 0) {
                awardsLeft--;
                decisions.add(new Decision(t.entryId(), Outcome.AWARD, Reason.CARRIED, carried));
            } else if (nominationsLeft > 0) {
                nominationsLeft--;
                Reason reason = carried == Outcome.AWARD ? Reason.AWARD_QUOTA_FULL : Reason.CARRIED;
                decisions.add(new Decision(t.entryId(), Outcome.NOMINATION, reason, carried));
            } else {
                decisions.add(new Decision(t.entryId(), Outcome.NONE, Reason.QUOTA_FULL, carried));
            }
        }
        return List.copyOf(decisions);
    }

    /**
     * The proposal after some entries were removed (an upheld objection) in a campaign whose freed places go to the next
     * entries: the committee's rule applied again to the remaining entries in ranking order, so a freed place goes to the
     * next entry carried for it. An entry carried for the award that only got a nomination place because the awards were
     * full may move up, and an entry left out because the quota was full may come in; nobody else below carried enough,
     * the place stays empty. (Where freed places stay empty, the others simply keep what the committee gave them.)
     *
     * @return the outcome per entry, in the order of {@code rankedTallies}; removed entries get {@link Outcome#NONE}
     */
    public static List<Outcome> afterRemoval(Rules rules, List<Tally> rankedTallies, java.util.Set<Long> removed) {
        List<Decision> again = decide(rules, rankedTallies.stream().filter(t -> !removed.contains(t.entryId())).toList());
        List<Outcome> outcomes = new ArrayList<>();
        for (Tally t : rankedTallies) {
            outcomes.add(removed.contains(t.entryId()) ? Outcome.NONE
                    : again.stream().filter(d -> d.entryId() == t.entryId()).findFirst().orElseThrow().outcome());
        }
        return List.copyOf(outcomes);
    }

    /** What the votes carry on their own, before quorum and quotas. */
    static Outcome carriedFor(Rules rules, Tally t) {
        long cast = t.cast();
        if (cast == 0) {
            return Outcome.NONE;
        }
        if (reaches(rules, t.award(), cast)) {
            return Outcome.AWARD;
        }
        return reaches(rules, t.award() + t.nomination(), cast) ? Outcome.NOMINATION : Outcome.NONE;
    }

    private static boolean reaches(Rules rules, long votes, long cast) {
        return votes * rules.denominator() >= cast * rules.numerator();
    }
}
