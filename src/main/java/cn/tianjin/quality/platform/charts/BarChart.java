package cn.tianjin.quality.platform.charts;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A column chart drawn as inline SVG: one column per category, left to right, scaled so the tallest column or the
 * target line (whichever is higher) reaches the top of the plot; each column may link to the list it counts.
 *
 * <p>Coordinates are in the SVG's units ({@link #WIDTH} by {@link #HEIGHT}, y downwards) with one decimal. Columns
 * keep a fixed share of their slot, so a chart of two years and one of twenty fill the same width.
 */
public final class BarChart implements Serializable {
    private static final long serialVersionUID = 1L;
    public static final int WIDTH = 640;
    public static final int HEIGHT = 260;
    static final double LEFT = 16;
    static final double RIGHT = 16;
    static final double TOP = 28;
    static final double BOTTOM = 36;
    /** Share of a slot the column takes. */
    static final double COLUMN_SHARE = 0.6;

    /** One category's value and, when it has one, the list behind it. */
    public record Datum(String label, long value, String link) implements Serializable {
    }

    /** A column: its box, where its label and value go, and its link (null: none). */
    public record Column(String x, String y, String width, String height, String centre, String valueY, String labelY,
                         String label, long value, String link) implements Serializable {
    }

    private final List<Datum> data;
    private final Long target;

    /** @param target the value a dashed line marks, or null for none */
    public BarChart(List<Datum> data, Long target) {
        this.data = List.copyOf(data);
        this.target = target;
    }

    public boolean isEmpty() {
        return data.isEmpty();
    }

    public List<Column> columns() {
        List<Column> out = new ArrayList<>();
        if (data.isEmpty()) {
            return out;
        }
        double slot = (WIDTH - LEFT - RIGHT) / data.size();
        double width = slot * COLUMN_SHARE;
        double plot = HEIGHT - TOP - BOTTOM;
        double top = scaleTop();
        for (int i = 0; i < data.size(); i++) {
            Datum d = data.get(i);
            double h = top <= 0 ? 0 : plot * Math.max(0, d.value()) / top;
            double x = LEFT + i * slot + (slot - width) / 2;
            double y = TOP + plot - h;
            out.add(new Column(f(x), f(y), f(width), f(h), f(x + width / 2), f(y - 6), f(HEIGHT - BOTTOM + 20),
                    d.label(), d.value(), d.link()));
        }
        return out;
    }

    /** Whether a target line is drawn. */
    public boolean hasTarget() {
        return target != null && target > 0;
    }

    /** The height of the target line. */
    public String targetY() {
        double plot = HEIGHT - TOP - BOTTOM;
        return hasTarget() ? f(TOP + plot - plot * target / scaleTop()) : f(TOP);
    }

    public String baseY() {
        return f(HEIGHT - BOTTOM);
    }

    public String left() {
        return f(LEFT);
    }

    public String right() {
        return f(WIDTH - RIGHT);
    }

    private double scaleTop() {
        long max = data.stream().mapToLong(Datum::value).max().orElse(0);
        return Math.max(max, hasTarget() ? target : 0);
    }

    private static String f(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }
}
