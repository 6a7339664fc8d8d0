package cn.tianjin.quality.steering;

import cn.tianjin.quality.platform.PortalClock;
import cn.tianjin.quality.platform.charts.BarChart;
import cn.tianjin.quality.platform.web.Pages;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What a page showing targets as cards (WEB-INF/includes/targets.xhtml) asks of its backing bean: the texts in the
 * reader's language, the figures as people write them, each target's chart.
 */
public abstract class TargetCards implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    PortalClock clock;

    private final Map<Long, BarChart> charts = new HashMap<>();

    /** Draws the charts of the targets shown. */
    protected void chart(List<TargetService.Progress> shown) {
        charts.clear();
        for (TargetService.Progress p : shown) {
            charts.put(p.target().getId(), new BarChart(p.byYear().stream()
                    .map(y -> new BarChart.Datum(String.valueOf(y.year()), y.value(), p.link())).toList(),
                    p.target().getTargetValue().longValue()));
        }
    }

    public BarChart chart(TargetService.Progress p) {
        return charts.get(p.target().getId());
    }

    /** Whether the end of the target's deadline year is behind us. */
    public boolean isPast(TargetService.Progress p) {
        return p.target().getDeadlineYear() < clock.today().getYear();
    }

    public String name(TargetService.Progress p) {
        return p.target().name(Pages.locale());
    }

    public String unit(TargetService.Progress p) {
        return p.target().unit(Pages.locale());
    }

    public String counts(TargetService.Progress p) {
        return p.target().counts(Pages.locale());
    }

    /** A figure as people write it: no trailing zeros, no exponent. */
    public String number(BigDecimal n) {
        return n == null ? "—" : n.stripTrailingZeros().toPlainString();
    }

    public int getChartWidth() { return BarChart.WIDTH; }
    public int getChartHeight() { return BarChart.HEIGHT; }
}
