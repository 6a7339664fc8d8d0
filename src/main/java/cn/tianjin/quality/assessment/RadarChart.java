package cn.tianjin.quality.assessment;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * The geometry of a radar chart drawn as inline SVG: one axis per category, clockwise from twelve o'clock, with 0%
 * at the centre and 100% at the rim. The page draws what this computes; SVG needs no script and prints sharply.
 *
 * <p>Coordinates are in the SVG's own units ({@link #SIZE} square, origin top left, y downwards) and written with one
 * decimal, which is finer than any screen or printer shows at this size.
 */
public final class RadarChart {
    /** Width and height of the drawing, labels included. */
    public static final int SIZE = 440;

    /** Distance from the centre to 100%; the rest of the square is room for the labels. */
    static final double RADIUS = 140;

    /** Labels sit this far beyond the rim. */
    private static final double LABEL_GAP = 16;

    private static final double CENTRE = SIZE / 2.0;

    private final int axes;

    /**
     * @throws IllegalArgumentException for fewer than three axes, which make a line, not an area
     */
    public RadarChart(int axes) {
        if (axes < 3) {
            throw new IllegalArgumentException("a radar chart needs at least three axes, not " + axes);
        }
        this.axes = axes;
    }

    /** The end of an axis and where its label goes, with the text anchor that keeps the label outside the chart. */
    public record Axis(String x, String y, String labelX, String labelY, String anchor) {
    }

    /** The axes, in the order of the percentages given to {@link #polygon}. */
    public List<Axis> axes() {
        List<Axis> list = new ArrayList<>();
        for (int i = 0; i < axes; i++) {
            double[] end = point(i, RADIUS);
            double[] label = point(i, RADIUS + LABEL_GAP);
            double dx = label[0] - CENTRE;
            String anchor = Math.abs(dx) < 1 ? "middle" : dx > 0 ? "start" : "end";
            list.add(new Axis(format(end[0]), format(end[1]), format(label[0]), format(label[1]), anchor));
        }
        return list;
    }

    /** The SVG {@code points} of a shape through the given percentages, one per axis. */
    public String polygon(List<BigDecimal> percents) {
        if (percents.size() != axes) {
            throw new IllegalArgumentException(percents.size() + " values for " + axes + " axes");
        }
        List<String> points = new ArrayList<>();
        for (int i = 0; i < axes; i++) {
            double r = RADIUS * clamp(percents.get(i).doubleValue()) / 100;
            double[] p = point(i, r);
            points.add(format(p[0]) + "," + format(p[1]));
        }
        return String.join(" ", points);
    }

    /** The grid: one ring per 20%, from 20% to 100%. */
    public List<String> rings() {
        List<String> rings = new ArrayList<>();
        for (int percent = 20; percent <= 100; percent += 20) {
            rings.add(polygon(Collections.nCopies(axes, BigDecimal.valueOf(percent))));
        }
        return rings;
    }

    public String getCentre() {
        return format(CENTRE);
    }

    private double[] point(int axis, double r) {
        double angle = -Math.PI / 2 + 2 * Math.PI * axis / axes;
        return new double[] {CENTRE + r * Math.cos(angle), CENTRE + r * Math.sin(angle)};
    }

    private static double clamp(double percent) {
        return Math.max(0, Math.min(100, percent));
    }

    private static String format(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }
}
