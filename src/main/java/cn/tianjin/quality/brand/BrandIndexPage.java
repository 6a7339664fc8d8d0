package cn.tianjin.quality.brand;

import cn.tianjin.quality.platform.charts.LineChart;
import cn.tianjin.quality.platform.reference.DistrictNames;
import cn.tianjin.quality.platform.web.Language;
import cn.tianjin.quality.platform.web.Pages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The public page of the yearly Tianjin brand index (/public/brand-index?year=): the years published, the city's index
 * as a trend line, the year's groups by industry, district and brand kind beside the year before (bars are {@code
 * meter} elements in the table that also gives the figures), the brands recognised with their index, and the downloads.
 * No script: the chart is SVG drawn on the server.
 */
@Named
@RequestScoped
public class BrandIndexPage {
    private static final BigDecimal SCALE_TOP = BigDecimal.valueOf(100);

    @Inject
    BrandIndexService index;

    @Inject
    DistrictNames districts;

    @Inject
    Language language;

    private String year;
    private List<BrandIndexService.YearLine> years;
    private BrandIndexService.Year shown;
    private boolean unknownYear;

    public void load() {
        years = index.publishedYears();
        Integer wanted = null;
        if (year != null && !year.isBlank()) {
            try {
                wanted = Integer.valueOf(year.strip());
            } catch (NumberFormatException e) {
                unknownYear = true;
            }
        }
        if (wanted == null && !unknownYear && !years.isEmpty()) {
            wanted = years.get(0).year();
        }
        shown = wanted == null ? null : index.published(wanted).orElse(null);
        unknownYear = unknownYear || (wanted != null && shown == null);
    }

    /** The city's index year by year, oldest first, with a gap for a year not published. */
    public LineChart getTrend() {
        List<LineChart.Point> points = new ArrayList<>();
        if (!years.isEmpty()) {
            int first = years.get(years.size() - 1).year();
            int last = years.get(0).year();
            for (int y = first; y <= last; y++) {
                int at = y;
                points.add(new LineChart.Point(String.valueOf(y), years.stream().filter(l -> l.year() == at)
                        .map(BrandIndexService.YearLine::mean).findFirst().orElse(null)));
            }
        }
        return new LineChart(points, SCALE_TOP);
    }

    /** A group's name in the page's language: an industry, a district or a kind of brand. */
    public String groupName(cn.tianjin.quality.brand.IndexSummary.Group g) {
        return switch (g.dimension()) {
            case "industry" -> g.key().isEmpty() ? "—" : Pages.text("industry." + g.key());
            case "district" -> districts.of(g.key());
            case "kind" -> Pages.text("brand.kind." + g.key());
            default -> Pages.text("brand.index.public.city");
        };
    }

    /** A change in points with its sign, or a dash for a group new this year. */
    public String change(BigDecimal change) {
        return change == null ? "—" : (change.signum() > 0 ? "+" : "") + change.toPlainString();
    }

    public List<String> getDimensions() {
        return List.of("industry", "district", "kind");
    }

    /** The codes of the formulas the year's index was computed by. */
    public String getFormulas() {
        return shown == null ? "" : String.join(", ", shown.formulas());
    }

    public int getChartWidth() { return LineChart.WIDTH; }
    public int getChartHeight() { return LineChart.HEIGHT; }
    public List<BrandIndexService.YearLine> getYears() { return years; }
    public BrandIndexService.Year getShown() { return shown; }
    public boolean isUnknownYear() { return unknownYear; }
    public String getYear() { return year; }
    public void setYear(String year) { this.year = year; }
}
