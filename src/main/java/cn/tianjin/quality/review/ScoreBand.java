package cn.tianjin.quality.review;

import java.util.ArrayList;
import java.util.List;

/**
 * The six score bands of GB/T 19580 (and Baldrige, from which it descends), as percentages of an item's points.
 * Experts score in steps of 5%; the gaps between bands (6-9%, 26-29% ...) are deliberate, because the band
 * descriptions are written so that an entry fits one of them.
 */
public enum ScoreBand {
    B0_5(0, 5),
    B10_25(10, 25),
    B30_45(30, 45),
    B50_65(50, 65),
    B70_85(70, 85),
    B90_100(90, 100);

    /** Experts score in steps of this many percent. */
    public static final int STEP = 5;

    private final int fromPercent;
    private final int toPercent;

    ScoreBand(int fromPercent, int toPercent) {
        this.fromPercent = fromPercent;
        this.toPercent = toPercent;
    }

    /**
     * The band a percentage falls in. A percentage between two bands (an average of several experts, say 27%)
     * belongs to the lower band: it has not yet reached the floor of the next one.
     *
     * @throws IllegalArgumentException below 0 or above 100
     */
    public static ScoreBand of(int percent) {
        if (percent < 0 || percent > 100) {
            throw new IllegalArgumentException("percent out of 0-100: " + percent);
        }
        ScoreBand[] bands = values();
        for (int i = bands.length - 1; i > 0; i--) {
            if (percent >= bands[i].fromPercent) {
                return bands[i];
            }
        }
        return bands[0];
    }

    public int fromPercent() {
        return fromPercent;
    }

    public int toPercent() {
        return toPercent;
    }

    public boolean contains(int percent) {
        return percent >= fromPercent && percent <= toPercent;
    }

    /** The percentages an expert may pick inside this band, lowest first. */
    public List<Integer> steps() {
        List<Integer> steps = new ArrayList<>();
        for (int p = fromPercent; p <= toPercent; p += STEP) {
            steps.add(p);
        }
        return List.copyOf(steps);
    }

    /** "50-65%": the same in every language, so it needs no message key. */
    public String label() {
        return fromPercent + "-" + toPercent + "%";
    }
}
