package cn.tianjin.quality.steering;

import cn.tianjin.quality.platform.NotFoundException;
import cn.tianjin.quality.platform.security.CurrentUser;
import cn.tianjin.quality.platform.web.Pages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/**
 * One city target (/official/target?id=): its card, the figures recorded for it, the form that changes what it asks
 * and, for a target the portal does not count, the form that records a figure from its owner's report.
 */
@Named
@ViewScoped
public class TargetBacking extends TargetCards {
    private static final long serialVersionUID = 1L;

    @Inject
    TargetService targets;

    @Inject
    CurrentUser currentUser;

    private Long id;
    private TargetService.Progress progress;
    private TargetForm form;
    private FigureForm figure;

    public void load() {
        progress = targets.progress(currentUser.actor()).stream().filter(p -> p.target().getId().equals(id)).findFirst()
                .orElseThrow(() -> new NotFoundException("city target " + id));
        chart(List.of(progress));
        if (form == null) {
            form = TargetForm.of(progress.target());
        }
        if (figure == null) {
            figure = new FigureForm();
            figure.setAsOf(clock.today());
        }
    }

    public void save() {
        Pages.attempt(() -> {
            targets.change(currentUser.actor(), id, progress.target().getVersion(), form);
            Pages.info("target.saved", name(progress));
            form = null;
        });
        load();
    }

    public void recordFigure() {
        Pages.attempt(() -> {
            targets.record(currentUser.actor(), id, figure);
            Pages.info("target.figure.recorded", name(progress));
            figure = null;
        });
        load();
    }

    /** The card's list: this target alone. */
    public List<TargetService.Progress> getShown() {
        return List.of(progress);
    }

    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public TargetService.Progress getProgress() { return progress; }
    public TargetForm getForm() { return form; }
    public FigureForm getFigure() { return figure; }
}
