package cn.tianjin.quality.platform.charts;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A line chart drawn as inline SVG: one point per category, left to right, on an axis from 0 to a fixed top (an index
 * from 0 to 100 reads against its whole scale, not against its own spread), with horizontal grid lines at each quarter.
 * Each point carries its value as text, so the chart needs no script and no tooltip.
 *
 * <p>Coordinates are in the SVG's units ({@link #WIDTH} by {@link #HEIGHT}, y downwards) with one decimal.
 */
public final class LineChart implements Serializable {
    private static final long serialVersionUID = 1L;
    public static final int WIDTH = 640;
    public static final int HEIGHT = 260;
    static final double LEFT = 56;
    static final double RIGHT = 24;
    static final double TOP = 24;
    static final double BOTTOM = 36;

    /** One category's value (null: no point there, the line breaks). */
    public record Point(String label, BigDecimal value) implements Serializable {
    }

    /** A drawn point: where it sits, where its value and label go. */
    public record Dot(String x, String y, String valueY, String labelY, String label, String value) implements Serializable {
    }

    /** A grid line: its height and the value it marks. */
    public record Tick(String y, String label) implements Serializable {
    }

    private final List<Point> points;
    private final BigDecimal top;

    /** @param top the value the top of the plot stands for; values above it are drawn at the top */
    public LineChart(List<Point> points, BigDecimal top) {
        if (top == null || top.signum() <= 0) {
            throw new IllegalArgumentException("top " + top);
        }
        this.points = List.copyOf(points);
        this.top = top;
    }

    public boolean isEmpty() {
        return points.stream().allMatch(p -> p.value() == null);
    }

    /** The points with a value, each at the middle of its slot. */
    public List<Dot> dots() {
        List<Dot> out = new ArrayList<>();
        for (int i = 0; i < points.size(); i++) {
            Point p = points.get(i);
            if (p.value() != null) {
                double y = y(p.value().doubleValue());
                out.add(new Dot(f(x(i)), f(y), f(y - 10), f(HEIGHT - BOTTOM + 20), p.label(), p.value().toPlainString()));
            }
        }
        return out;
    }

    /** The labels of every slot, points or not: the x axis. */
    public List<Dot> labels() {
        List<Dot> out = new ArrayList<>();
        for (int i = 0; i < points.size(); i++) {
            out.add(new Dot(f(x(i)), f(HEIGHT - BOTTOM), f(HEIGHT - BOTTOM), f(HEIGHT - BOTTOM + 20), points.get(i).label(), ""));
        }
        return out;
    }

    /** The SVG path through the points: a move to each point after a gap, a line to each next one. */
    public String path() {
        StringBuilder d = new StringBuilder();
        boolean drawing = false;
        for (int i = 0; i < points.size(); i++) {
            BigDecimal v = points.get(i).value();
            if (v == null) {
                drawing = false;
                continue;
            }
            d.append(d.length() == 0 ? "" : " ").append(drawing ? "L" : "M").append(f(x(i))).append(',').append(f(y(v.doubleValue())));
            drawing = true;
        }
        return d.toString();
    }

    /** Grid lines at 0, a quarter, half, three quarters and the top. */
    public List<Tick> ticks() {
        List<Tick> out = new ArrayList<>();
        for (int q = 0; q <= 4; q++) {
            BigDecimal v = top.multiply(BigDecimal.valueOf(q)).divide(BigDecimal.valueOf(4)).stripTrailingZeros();
            out.add(new Tick(f(y(v.doubleValue())), v.toPlainString()));
        }
        return out;
    }

    public String left() {
        return f(LEFT);
    }

    public String right() {
        return f(WIDTH - RIGHT);
    }

    /** Where the grid's labels end (just left of the plot). */
    public String labelX() {
        return f(LEFT - 6);
    }

    private double x(int i) {
        double slot = (WIDTH - LEFT - RIGHT) / points.size();
        return LEFT + slot * i + slot / 2;
    }

    private double y(double value) {
        double plot = HEIGHT - TOP - BOTTOM;
        double share = Math.max(0, Math.min(1, value / top.doubleValue()));
        return TOP + plot - plot * share;
    }

    private static String f(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }
}
