package cn.tianjin.quality.credit;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Credit grades (质量信用分级分类) from the facts of a credit file, by published rules, as plain code. Every enterprise
 * starts from the rules' base score; each fact in force adds or takes its factor's points (a factor's total held
 * within its cap), the score is kept between 0 and 100, and the grade follows from the thresholds: A at or above the
 * A threshold, B at or above the B threshold, C below; D while a serious dishonesty listing runs, whatever the score.
 * Each grade comes with the reasons that made it, each saying until when it counts.
 */
public final class CreditGrading {
    public enum Grade { A, B, C, D }

    /**
     * What can raise or lower a grade. A timed factor counts for its rule's months from the day of the fact; an ongoing
     * one counts while the fact lasts (a listing runs, a rectification is overdue, an honour is held).
     */
    public enum Factor {
        LISTED(false, true), LISTING_ENDED(true, false), SPOT_CHECK_FAILED(true, false), SPOT_CHECK_OVERDUE(false, false),
        DECLARATION_BREACHED(true, false), INTERVIEW(true, false), SPOT_CHECK_PASSED(true, false), HONOUR_HELD(false, false),
        CQO_REGISTERED(false, false), COMMITMENT_STANDING(false, false), STANDARD_DECLARED(false, false);

        private final boolean timed;
        private final boolean forcesD;

        Factor(boolean timed, boolean forcesD) {
            this.timed = timed;
            this.forcesD = forcesD;
        }

        public boolean timed() {
            return timed;
        }

        /** A serious dishonesty listing: the grade is D while it runs, whatever the score. */
        public boolean forcesD() {
            return forcesD;
        }
    }

    /** A factor's rule: its points per fact (negative lowers), the months a timed fact counts, the cap of its total (0: none). */
    public record Rule(int points, int months, int cap) implements Serializable {
    }

    /** One version of the rules. */
    public record Rules(int version, int base, int aThreshold, int bThreshold, Map<Factor, Rule> rules) implements Serializable {
        public Rules {
            rules = Map.copyOf(rules);
        }

        public Rule rule(Factor f) {
            return rules.getOrDefault(f, new Rule(0, 0, 0));
        }
    }

    /** A fact of the file: its factor, the day it happened, the day an ongoing one ended (null: it lasts), what it is. */
    public record Fact(Factor factor, LocalDate on, LocalDate endedOn, String detail) implements Serializable {
    }

    /** Why the grade is what it is: a fact in force, the points it counted, and the last day it counts (null: while it lasts). */
    public record Reason(Factor factor, int points, LocalDate on, LocalDate countsUntil, String detail) implements Serializable {
    }

    public record Result(Grade grade, int score, int rulesVersion, List<Reason> reasons) implements Serializable {
    }

    private CreditGrading() {
    }

    /** The grade on {@code today}. Facts not yet happened or no longer in force do not count. */
    public static Result grade(Rules rules, List<Fact> facts, LocalDate today) {
        Map<Factor, Integer> totals = new EnumMap<>(Factor.class);
        List<Reason> reasons = new ArrayList<>();
        boolean forcedD = false;
        for (Fact fact : facts) {
            Rule rule = rules.rule(fact.factor());
            if (fact.on() == null || fact.on().isAfter(today)) {
                continue;
            }
            LocalDate last = lastDay(fact, rule);
            if (last != null && last.isBefore(today)) {
                continue;
            }
            if (fact.factor().forcesD()) {
                forcedD = true;
                reasons.add(new Reason(fact.factor(), 0, fact.on(), last, fact.detail()));
                continue;
            }
            int before = totals.getOrDefault(fact.factor(), 0);
            int after = capped(before + rule.points(), rule.cap());
            if (after == before) {
                continue;
            }
            totals.put(fact.factor(), after);
            reasons.add(new Reason(fact.factor(), after - before, fact.on(), last, fact.detail()));
        }
        int score = rules.base() + totals.values().stream().mapToInt(Integer::intValue).sum();
        score = Math.max(0, Math.min(100, score));
        Grade grade = forcedD ? Grade.D : score >= rules.aThreshold() ? Grade.A : score >= rules.bThreshold() ? Grade.B : Grade.C;
        return new Result(grade, score, rules.version(), List.copyOf(reasons));
    }

    /** The last day a fact counts: for a timed one its rule's months after it, less a day; for an ongoing one the day before it ended. */
    static LocalDate lastDay(Fact fact, Rule rule) {
        if (fact.factor().timed()) {
            return fact.on().plusMonths(rule.months()).minusDays(1);
        }
        return fact.endedOn() == null ? null : fact.endedOn().minusDays(1);
    }

    private static int capped(int total, int cap) {
        if (cap <= 0) {
            return total;
        }
        return Math.max(-cap, Math.min(cap, total));
    }
}
