package cn.tianjin.quality.steering;

import cn.tianjin.quality.platform.reference.DistrictNames;
import cn.tianjin.quality.platform.security.CurrentUser;
import cn.tianjin.quality.platform.web.Pages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/**
 * The city's targets (/official/targets): each with its figure (a link to the list it counts), the share reached, its
 * course by year as a chart and a table, what counts and where the target comes from, a link to change it or record a
 * figure; under them the programmes' title holders by district, industry, size and year. A page without forms.
 */
@Named
@RequestScoped
public class TargetsBacking extends TargetCards {
    private static final long serialVersionUID = 1L;

    @Inject
    TargetFigures figures;

    @Inject
    CurrentUser currentUser;

    @Inject
    DistrictNames districtNames;

    private List<TargetService.Progress> progress;
    private List<ProgrammeFigures.Table> tables;

    public void load() {
        TargetFigures.Snapshot now = figures.now(currentUser.actor());
        progress = now.progress();
        tables = now.tables();
        chart(progress);
    }

    /** The targets of the plan in force, in their order. */
    public List<TargetService.Progress> getCurrent() {
        return progress.stream().filter(p -> !p.target().isHistory()).toList();
    }

    /** Targets of earlier plans, kept as history. */
    public List<TargetService.Progress> getHistory() {
        return progress.stream().filter(p -> p.target().isHistory()).toList();
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
}
