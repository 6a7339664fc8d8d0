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
 * <p>Coordinates are in the SVG's own units ({@link #WIDTH} by {@link #HEIGHT}, origin top left, y downwards) and
 * written with one decimal, finer than any screen or printer shows at this size. The drawing is wider than tall
 * because labels at the sides run sideways; long labels are broken at spaces into short lines.
 */
public final class RadarChart {
    public static final int WIDTH = 640;
    public static final int HEIGHT = 440;

    /** Distance from the centre to 100%. */
    static final double RADIUS = 150;

    /** Labels start this far beyond the rim. */
    private static final double LABEL_GAP = 14;

    /** Longest label line before it is broken at a space; Chinese labels have no spaces and are short anyway. */
    static final int LINE_CHARS = 20;

    /** Line height of label lines, in em. */
    private static final double LINE_EM = 1.15;

    /** Moves a text line down from its baseline so it sits centred on its y. */
    private static final double CENTRE_EM = 0.35;

    private static final double CX = WIDTH / 2.0;
    private static final double CY = HEIGHT / 2.0;

    private final List<String> labels;

    /**
     * @param labels one per axis, in the order of the percentages later given to {@link #polygon}
     * @throws IllegalArgumentException for fewer than three axes, which make a line, not an area
     */
    public RadarChart(List<String> labels) {
        if (labels.size() < 3) {
            throw new IllegalArgumentException("a radar chart needs at least three axes, not " + labels.size());
        }
        this.labels = List.copyOf(labels);
    }

    /**
     * The end of an axis and its label: where it goes, the text anchor that keeps it outside the chart, its lines,
     * and the shift of the first line (in em) that centres the block of lines on the label's point.
     */
    public record Axis(String x, String y, String labelX, String labelY, String anchor, List<String> lines,
                       String firstLineDy) {
    }

    public List<Axis> axes() {
        List<Axis> list = new ArrayList<>();
        for (int i = 0; i < labels.size(); i++) {
            double[] end = point(i, RADIUS);
            double[] label = point(i, RADIUS + LABEL_GAP);
            double dx = label[0] - CX;
            String anchor = Math.abs(dx) < 1 ? "middle" : dx > 0 ? "start" : "end";
            List<String> lines = lines(labels.get(i));
            String firstDy = String.format(Locale.ROOT, "%.2fem", CENTRE_EM - (lines.size() - 1) * LINE_EM / 2);
            list.add(new Axis(format(end[0]), format(end[1]), format(label[0]), format(label[1]), anchor, lines, firstDy));
        }
        return list;
    }

    /** The SVG {@code points} of a shape through the given percentages, one per axis; beyond 0-100 stays on the rim. */
    public String polygon(List<BigDecimal> percents) {
        if (percents.size() != labels.size()) {
            throw new IllegalArgumentException(percents.size() + " values for " + labels.size() + " axes");
        }
        List<String> points = new ArrayList<>();
        for (int i = 0; i < percents.size(); i++) {
            double[] p = point(i, RADIUS * clamp(percents.get(i).doubleValue()) / 100);
            points.add(format(p[0]) + "," + format(p[1]));
        }
        return String.join(" ", points);
    }

    /** The grid: one ring per 20%, from 20% to 100%. */
    public List<String> rings() {
        List<String> rings = new ArrayList<>();
        for (int percent = 20; percent <= 100; percent += 20) {
            rings.add(polygon(Collections.nCopies(labels.size(), BigDecimal.valueOf(percent))));
        }
        return rings;
    }

    public String centreX() {
        return format(CX);
    }

    public String centreY() {
        return format(CY);
    }

    /** A label broken at spaces into lines of at most {@link #LINE_CHARS} characters (a longer word keeps its line). */
    static List<String> lines(String label) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : label.trim().split("\\s+")) {
            if (!line.isEmpty() && line.length() + 1 + word.length() > LINE_CHARS) {
                lines.add(line.toString());
                line.setLength(0);
            }
            line.append(line.isEmpty() ? "" : " ").append(word);
        }
        lines.add(line.toString());
        return lines;
    }

    private double[] point(int axis, double r) {
        double angle = -Math.PI / 2 + 2 * Math.PI * axis / labels.size();
        return new double[] {CX + r * Math.cos(angle), CY + r * Math.sin(angle)};
    }

    private static double clamp(double percent) {
        return Math.max(0, Math.min(100, percent));
    }

    private static String format(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }
}
