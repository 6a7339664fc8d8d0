package cn.tianjin.quality.steering;

import cn.tianjin.quality.platform.PortalClock;
import cn.tianjin.quality.platform.charts.BarChart;
import cn.tianjin.quality.platform.reference.DistrictNames;
import cn.tianjin.quality.platform.security.CurrentUser;
import cn.tianjin.quality.platform.web.Pages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The city's targets (/official/targets): each with its figure (a link to the list it counts), the share reached, its
 * course by year as a chart and a table, what counts and where the target comes from; officials change a target's
 * figure, deadline, source and owner, and record the figures of targets other departments report.
 */
@Named
@ViewScoped
public class TargetsBacking implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    TargetService targets;

    @Inject
    CurrentUser currentUser;

    @Inject
    PortalClock clock;

    @Inject
    ProgrammeFigures programmeFigures;

    @Inject
    DistrictNames districtNames;

    private List<TargetService.Progress> progress;
    private List<ProgrammeFigures.Table> tables;
    private final Map<Long, BarChart> charts = new HashMap<>();
    private Long editing;
    private TargetForm form;
    private Long recording;
    private FigureForm figure;

    public void load() {
        progress = targets.progress(currentUser.actor());
        tables = programmeFigures.tables(currentUser.actor());
        charts.clear();
        for (TargetService.Progress p : progress) {
            charts.put(p.target().getId(), new BarChart(p.byYear().stream()
                    .map(y -> new BarChart.Datum(String.valueOf(y.year()), y.value(), p.link())).toList(),
                    p.target().getTargetValue().longValue()));
        }
    }

    /** The targets of the plan in force, in their order. */
    public List<TargetService.Progress> getCurrent() {
        return progress.stream().filter(p -> !p.target().isHistory()).toList();
    }

    /** Targets of earlier plans, kept as history. */
    public List<TargetService.Progress> getHistory() {
        return progress.stream().filter(p -> p.target().isHistory()).toList();
    }

    /** Whether the end of the target's deadline year is behind us. */
    public boolean isPast(TargetService.Progress p) {
        return p.target().getDeadlineYear() < clock.today().getYear();
    }

    public BarChart chart(TargetService.Progress p) {
        return charts.get(p.target().getId());
    }

    public void edit(TargetService.Progress p) {
        editing = p.target().getId();
        form = TargetForm.of(p.target());
        recording = null;
    }

    public void save(TargetService.Progress p) {
        Pages.attempt(() -> {
            targets.change(currentUser.actor(), editing, p.target().getVersion(), form);
            Pages.info("target.saved", name(p));
            editing = null;
        });
        load();
    }

    public void startRecording(TargetService.Progress p) {
        recording = p.target().getId();
        figure = new FigureForm();
        figure.setAsOf(clock.today());
        editing = null;
    }

    public void recordFigure(TargetService.Progress p) {
        Pages.attempt(() -> {
            targets.record(currentUser.actor(), recording, figure);
            Pages.info("target.figure.recorded", name(p));
            recording = null;
        });
        load();
    }

    public void cancel() {
        editing = null;
        recording = null;
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

    public boolean isEditing(TargetService.Progress p) {
        return p.target().getId().equals(editing);
    }

    public boolean isRecording(TargetService.Progress p) {
        return p.target().getId().equals(recording);
    }

    /** A value of an attribute in the reader's language; an enterprise without one shows a dash. */
    public String label(String dimension, String key) {
        if (key == null || key.isEmpty()) {
            return "—";
        }
        return switch (dimension) {
            case "district" -> districtNames.of(key);
            case "industry" -> Pages.text("industry." + key);
            case "size" -> Pages.text("size." + key);
            default -> key;
        };
    }

    public List<ProgrammeFigures.Table> getTables() { return tables; }
    public TargetForm getForm() { return form; }
    public FigureForm getFigure() { return figure; }
    public int getChartWidth() { return BarChart.WIDTH; }
    public int getChartHeight() { return BarChart.HEIGHT; }
}
