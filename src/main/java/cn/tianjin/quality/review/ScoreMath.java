package cn.tianjin.quality.review;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;
import java.util.Objects;
import java.util.Optional;

/**
 * Arithmetic shared by every review calculation.
 *
 * <p>An expert marks each rubric item with a percentage from 0 to 100 in steps of 5, the score bands
 * of GB/T 19580. The item's score is its points times that percentage. Every score the portal
 * shows, stores or compares is a {@link BigDecimal} in tenths of a point, rounded half up, so a
 * figure an official recomputes by hand from the page matches the figure the portal used.
 */
public final class ScoreMath {

    /** Scores carry one decimal place: tenths of a point. */
    public static final int SCALE = 1;

    public static final RoundingMode ROUNDING = RoundingMode.HALF_UP;

    public static final int PERCENT_STEP = ScoreBand.STEP;

    public static final int MAX_PERCENT = 100;

    /** Message key: the percentage is below 0 or above 100. */
    public static final String PERCENT_RANGE_KEY = "score.percent.range";

    /** Message key: the percentage is not a multiple of {@value #PERCENT_STEP}. */
    public static final String PERCENT_STEP_KEY = "score.percent.step";

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private ScoreMath() {
    }

    /**
     * Checks a percentage entered by an expert. The range is checked first because "105 is not a
     * multiple of 5" would be a confusing answer to an out-of-range entry.
     *
     * @return the message key of the problem ({@value #PERCENT_RANGE_KEY} or {@value #PERCENT_STEP_KEY}),
     *     empty when the percentage is acceptable
     */
    public static Optional<String> percentProblem(int percent) {
        if (percent < 0 || percent > MAX_PERCENT) {
            return Optional.of(PERCENT_RANGE_KEY);
        }
        if (percent % PERCENT_STEP != 0) {
            return Optional.of(PERCENT_STEP_KEY);
        }
        return Optional.empty();
    }

    /**
     * The score of one rubric item: {@code itemPoints x percent / 100}, in tenths, half up. Because
     * percentages are multiples of 5 the exact value is a multiple of 0.05, so the only rounding
     * ever done is a .x5 going up (15 points at 35 % = 5.25, shown as 5.3).
     *
     * @throws IllegalArgumentException if the points are negative or the percentage fails
     *     {@link #percentProblem(int)}; pages validate before calling, so reaching this is a bug
     */
    public static BigDecimal itemScore(int itemPoints, int percent) {
        if (itemPoints < 0) {
            throw new IllegalArgumentException("Item points must not be negative: " + itemPoints);
        }
        percentProblem(percent).ifPresent(key -> {
            throw new IllegalArgumentException("Invalid percentage " + percent + " (" + key + ")");
        });
        return BigDecimal.valueOf((long) itemPoints * percent).divide(HUNDRED, SCALE, ROUNDING);
    }

    /**
     * Sum of already rounded item scores. A sheet's total is the sum of the item scores the expert
     * saw, not the rounded sum of exact products, so the sheet adds up on screen.
     */
    public static BigDecimal total(Collection<BigDecimal> itemScores) {
        BigDecimal sum = BigDecimal.ZERO.setScale(SCALE);
        for (BigDecimal score : itemScores) {
            sum = sum.add(Objects.requireNonNull(score, "item score"));
        }
        return round(sum);
    }

    /** Brings any decimal to the score scale. */
    public static BigDecimal round(BigDecimal value) {
        return value.setScale(SCALE, ROUNDING);
    }

    /**
     * Brings a statistic computed in {@code double} to the score scale. Going through the shortest
     * decimal representation ({@link BigDecimal#valueOf(double)}) keeps 0.15 rounding to 0.2, where
     * {@code new BigDecimal(0.15)} would see 0.1499... and round down.
     */
    public static BigDecimal round(double value) {
        if (!Double.isFinite(value)) {
            throw new ArithmeticException("Not a finite score: " + value);
        }
        return BigDecimal.valueOf(value).setScale(SCALE, ROUNDING);
    }

    /** Exact mean of decimals, rounded once at the end. */
    static BigDecimal mean(Collection<BigDecimal> values) {
        if (values.isEmpty()) {
            throw new IllegalArgumentException("Mean of no values");
        }
        BigDecimal sum = BigDecimal.ZERO;
        for (BigDecimal value : values) {
            sum = sum.add(value);
        }
        return sum.divide(BigDecimal.valueOf(values.size()), SCALE, ROUNDING);
    }

    /** Mean and population standard deviation, kept in double until the caller rounds. */
    record Moments(double mean, double sd) {
    }

    /** Population statistics in double, for the calculations that need a square root. */
    static Moments moments(Collection<BigDecimal> values) {
        if (values.isEmpty()) {
            throw new IllegalArgumentException("Statistics of no values");
        }
        double n = values.size();
        double sum = 0;
        for (BigDecimal value : values) {
            sum += value.doubleValue();
        }
        double mean = sum / n;
        double squares = 0;
        for (BigDecimal value : values) {
            double d = value.doubleValue() - mean;
            squares += d * d;
        }
        return new Moments(mean, Math.sqrt(squares / n));
    }

    /**
     * Whether all values are numerically equal. Tested on the decimals because the double mean of
     * equal values need not equal them exactly, which would give a tiny non-zero sd.
     */
    static boolean allEqual(Collection<BigDecimal> values) {
        BigDecimal first = null;
        for (BigDecimal value : values) {
            if (first == null) {
                first = value;
            } else if (first.compareTo(value) != 0) {
                return false;
            }
        }
        return true;
    }
}
