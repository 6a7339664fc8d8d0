package cn.tianjin.quality.steering;

import java.io.Serializable;
import java.util.List;

/**
 * A programme's way of counting towards a city target, registered by being a CDI bean. The target names it by
 * {@link #code()} in its {@code measure}; the programme says what the figure is now, how it stood at the end of each
 * year, and where the list behind the figure is.
 */
public interface TargetMeasure {

    /** The code a target's {@code measure} names. */
    String code();

    /** The figure now, how it grew, and the officials' list it counts. */
    Reading read();

    /** A figure at the end of a year (this year: up to today). */
    record Point(int year, long value) implements Serializable {
    }

    record Reading(long value, List<Point> byYear, String link) {
    }
}
